import type { KubernetesObject } from '../../kubernetes/objects';
import type { IngressMigrationRequest } from '../../types/ingressMigration';

/** An nginx Ingress in `namespace` sending `hosts` to a Service's port 8080, labelled for `owner`. */
export function ingress(
  namespace: string,
  name: string,
  hosts: string[],
  options: {
    service?: string;
    owner?: string;
    tls?: boolean;
    annotations?: Record<string, string>;
  } = {},
): KubernetesObject {
  const service = options.service ?? 'storefront';
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      namespace,
      name,
      ...(options.owner
        ? { labels: { 'backstage.io/kubernetes-id': options.owner } }
        : {}),
      ...(options.annotations ? { annotations: options.annotations } : {}),
    },
    spec: {
      ingressClassName: 'nginx',
      ...(options.tls ? { tls: [{ hosts, secretName: `${name}-tls` }] } : {}),
      rules: hosts.map(host => ({
        host,
        http: {
          paths: [
            {
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: service, port: { number: 8080 } } },
            },
          ],
        },
      })),
    },
  };
}

/** The storefront team's legacy Ingress in shop, for storefront.shop.example.com. */
export const legacyIngress = ingress('shop', 'storefront-legacy', [
  'storefront.shop.example.com',
]);

/** Its migration to the HTTPS listener of infra/public. */
export const migrationRequest: IngressMigrationRequest = {
  entityRef: 'component:default/storefront',
  cluster: 'prod-eu',
  namespace: 'shop',
  ingresses: ['storefront-legacy'],
  gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
};
