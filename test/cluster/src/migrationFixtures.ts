import type { KubernetesObject } from '@portway/plugin-routing-common';

const NGINX = 'nginx.ingress.kubernetes.io/';

/** An Ingress of class nginx for `host`, its paths sent to Service `app` on port 8080. */
function ingress(
  namespace: string,
  name: string,
  annotations: Record<string, string>,
  options: {
    host?: string;
    paths?: Array<{ path: string; pathType: string; service?: string }>;
    tls?: boolean;
  } = {},
): KubernetesObject {
  const host = options.host ?? `${name}.example.com`;
  const paths = options.paths ?? [{ path: '/', pathType: 'Prefix' }];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      namespace,
      annotations: Object.fromEntries(
        Object.entries(annotations).map(([key, value]) => [
          `${NGINX}${key}`,
          value,
        ]),
      ),
    },
    spec: {
      ingressClassName: 'nginx',
      ...(options.tls
        ? { tls: [{ hosts: [host], secretName: `${name}-tls` }] }
        : {}),
      rules: [
        {
          host,
          http: {
            paths: paths.map(path => ({
              path: path.path,
              pathType: path.pathType,
              backend: {
                service: {
                  name: path.service ?? 'app',
                  port: { number: 8080 },
                },
              },
            })),
          },
        },
      ],
    },
  };
}

function withDefaultBackend(object: KubernetesObject): KubernetesObject {
  return {
    ...object,
    spec: {
      ...object.spec,
      defaultBackend: { service: { name: 'fallback', port: { number: 80 } } },
    },
  };
}

/**
 * One Ingress set per ingress-nginx feature the converter carries over or reports, each converted
 * alone, so a CRD validation failure names its feature.
 */
export function migrationFixtures(
  namespace: string,
): Array<{ feature: string; ingresses: KubernetesObject[] }> {
  const one = (feature: string, ...ingresses: KubernetesObject[]) => ({
    feature,
    ingresses,
  });
  return [
    one(
      'paths, defaultBackend, wildcard host',
      withDefaultBackend(
        ingress(
          namespace,
          'plain',
          {},
          {
            paths: [
              { path: '/', pathType: 'Prefix' },
              { path: '/health', pathType: 'Exact' },
              { path: '/~/echo/**/test', pathType: 'ImplementationSpecific' },
            ],
            tls: true,
          },
        ),
      ),
      ingress(namespace, 'wildcard', {}, { host: '*.wild.example.com' }),
    ),
    one(
      'rewrite-target with and without capture groups, x-forwarded-prefix',
      ingress(
        namespace,
        'rewrite-prefix',
        {
          'rewrite-target': '/',
          'x-forwarded-prefix': '/shop',
        },
        { paths: [{ path: '/shop', pathType: 'Prefix' }] },
      ),
      ingress(
        namespace,
        'rewrite-capture',
        {
          'use-regex': 'true',
          'rewrite-target': '/$2',
        },
        {
          paths: [
            { path: '/api(/|$)(.*)', pathType: 'ImplementationSpecific' },
          ],
        },
      ),
    ),
    one(
      'app-root, permanent and temporal redirects',
      ingress(namespace, 'app-root', { 'app-root': '/dashboard' }),
      ingress(namespace, 'moved', {
        'permanent-redirect': 'https://new.example.com:8443/landing',
        'permanent-redirect-code': '308',
      }),
      ingress(namespace, 'away', {
        'temporal-redirect': 'https://away.example.com',
      }),
    ),
    one(
      'ssl-redirect and force-ssl-redirect',
      ingress(namespace, 'secure', { 'ssl-redirect': 'true' }, { tls: true }),
      ingress(namespace, 'forced', { 'force-ssl-redirect': 'true' }),
      ingress(
        namespace,
        'trailing',
        {},
        {
          paths: [{ path: '/docs/', pathType: 'Prefix' }],
          tls: true,
        },
      ),
    ),
    one(
      'backend-protocol GRPC and HTTPS with backend TLS',
      ingress(
        namespace,
        'grpc',
        { 'backend-protocol': 'GRPC' },
        {
          paths: [
            { path: '/shop.cart.v1.Cart/AddItem', pathType: 'Prefix' },
            { path: '/', pathType: 'Prefix' },
          ],
        },
      ),
      ingress(namespace, 'tls-backend', {
        'backend-protocol': 'HTTPS',
        'proxy-ssl-verify': 'on',
        'proxy-ssl-secret': `${namespace}/app-ca`,
        'proxy-ssl-server-name': 'on',
        'proxy-ssl-name': 'app.internal',
      }),
    ),
    one(
      'canary by weight and by header',
      ingress(namespace, 'production', {}, { host: 'echo.example.com' }),
      ingress(
        namespace,
        'canary',
        {
          canary: 'true',
          'canary-weight': '20',
          'canary-by-header': 'X-Canary',
        },
        {
          host: 'echo.example.com',
          paths: [{ path: '/', pathType: 'Prefix', service: 'app-next' }],
        },
      ),
    ),
    one(
      'CORS, upstream-vhost, timeouts',
      ingress(namespace, 'cors', {
        'enable-cors': 'true',
        'cors-allow-origin': 'https://a.example.com, https://b.example.com',
        'cors-max-age': '600',
        'cors-allow-credentials': 'false',
        'upstream-vhost': 'internal.example.com',
        'proxy-connect-timeout': '5',
        'proxy-read-timeout': '60',
        'proxy-send-timeout': '60',
      }),
    ),
    one(
      'ssl-passthrough',
      ingress(namespace, 'passthrough', { 'ssl-passthrough': 'true' }),
    ),
    one(
      'annotations that are only reported',
      ingress(namespace, 'reported', {
        'proxy-body-size': '8m',
        'proxy-buffering': 'on',
        'whitelist-source-range': '10.0.0.0/8',
        affinity: 'cookie',
        'session-cookie-name': 'route',
        'configuration-snippet': 'more_set_headers "X-Frame-Options: DENY";',
        'auth-url': 'https://auth.example.com/check',
        'limit-rps': '10',
        'canary-by-cookie': 'beta',
      }),
    ),
  ];
}
