import type { CoreV1Api, CustomObjectsApi } from '@kubernetes/client-node';
import { GATEWAY_API } from './routingObjects';

/** Text in the Secret's data only: it must never reach the backend. */
export const SECRET_MARKER = 'portway-secret-data-never-read';

/** The Service every route sends traffic to; it carries the entity's label. */
export const SERVICE = 'web';

/** The Gateway, with one listener per protocol and one HTTPS listener whose Secret is missing. */
export const GATEWAY = 'edge';

/**
 * Every Gateway API v1.6 kind Portway reads, in one namespace: a Gateway taking ListenerSets
 * from its namespace, a TCPRoute, a UDPRoute and a TLSRoute on its listeners, a ListenerSet
 * with an HTTPRoute on it, a BackendTLSPolicy for the Service, a mesh HTTPRoute (its parent the
 * Service, GAMMA) and the certificate Secret of one HTTPS listener.
 */
export function gatewayApiV16Objects(namespace: string) {
  const meta = (name: string) => ({ name, namespace });
  const gatewayApi = (kind: string, name: string, spec: object) => ({
    apiVersion: `${GATEWAY_API.group}/${GATEWAY_API.version}`,
    kind,
    metadata: meta(name),
    spec,
  });
  const toService = (port: number) => [
    { backendRefs: [{ name: SERVICE, port }] },
  ];
  const onEdge = (sectionName: string) => [{ name: GATEWAY, sectionName }];
  const https = (name: string, port: number, secret: string) => ({
    name,
    protocol: 'HTTPS',
    port,
    hostname: `${name}.example.com`,
    tls: { mode: 'Terminate', certificateRefs: [{ name: secret }] },
  });
  return {
    service: {
      metadata: meta(SERVICE),
      spec: {
        ports: [
          { name: 'http', port: 8080 },
          { name: 'dns', port: 5353, protocol: 'UDP' },
        ],
      },
    },
    secret: {
      metadata: meta('edge-tls'),
      type: 'kubernetes.io/tls',
      stringData: {
        'tls.crt': `-----BEGIN CERTIFICATE-----\n${SECRET_MARKER}\n-----END CERTIFICATE-----\n`,
        'tls.key': `-----BEGIN PRIVATE KEY-----\n${SECRET_MARKER}\n-----END PRIVATE KEY-----\n`,
      },
    },
    custom: [
      gatewayApi('Gateway', GATEWAY, {
        gatewayClassName: 'example',
        allowedListeners: { namespaces: { from: 'Same' } },
        listeners: [
          https('secured', 443, 'edge-tls'),
          https('unsecured', 8443, 'missing-tls'),
          { name: 'tcp', protocol: 'TCP', port: 5432 },
          { name: 'udp', protocol: 'UDP', port: 5353 },
          {
            name: 'tls',
            protocol: 'TLS',
            port: 9443,
            hostname: 'db.example.com',
            tls: { mode: 'Passthrough' },
          },
        ],
      }),
      gatewayApi('TCPRoute', 'db-tcp', {
        parentRefs: onEdge('tcp'),
        rules: toService(8080),
      }),
      gatewayApi('UDPRoute', 'dns', {
        parentRefs: onEdge('udp'),
        rules: toService(5353),
      }),
      gatewayApi('TLSRoute', 'db-tls', {
        parentRefs: onEdge('tls'),
        hostnames: ['db.example.com'],
        rules: toService(8080),
      }),
      gatewayApi('ListenerSet', 'shop', {
        parentRef: { name: GATEWAY },
        listeners: [
          {
            name: 'shop',
            protocol: 'HTTP',
            port: 8080,
            hostname: 'shop.example.com',
          },
        ],
      }),
      gatewayApi('HTTPRoute', 'on-listener-set', {
        parentRefs: [
          { group: GATEWAY_API.group, kind: 'ListenerSet', name: 'shop' },
        ],
        rules: toService(8080),
      }),
      gatewayApi('BackendTLSPolicy', 'web-tls', {
        targetRefs: [{ group: '', kind: 'Service', name: SERVICE }],
        validation: {
          hostname: 'web.example.com',
          wellKnownCACertificates: 'System',
        },
      }),
      gatewayApi('HTTPRoute', 'mesh', {
        parentRefs: [{ group: '', kind: 'Service', name: SERVICE, port: 8080 }],
        rules: toService(8080),
      }),
    ],
  };
}

const PLURALS: Record<string, string> = {
  Gateway: 'gateways',
  TCPRoute: 'tcproutes',
  UDPRoute: 'udproutes',
  TLSRoute: 'tlsroutes',
  ListenerSet: 'listenersets',
  HTTPRoute: 'httproutes',
  BackendTLSPolicy: 'backendtlspolicies',
};

/** Creates `namespace` and every object of {@link gatewayApiV16Objects}, the Service labelled for the entity. */
export async function writeGatewayApiV16Objects(
  api: { core: CoreV1Api; custom: CustomObjectsApi },
  namespace: string,
  kubernetesId: string,
): Promise<void> {
  const objects = gatewayApiV16Objects(namespace);
  await api.core.createNamespace({ body: { metadata: { name: namespace } } });
  await api.core.createNamespacedService({
    namespace,
    body: {
      ...objects.service,
      metadata: {
        ...objects.service.metadata,
        labels: { 'backstage.io/kubernetes-id': kubernetesId },
      },
    },
  });
  await api.core.createNamespacedSecret({ namespace, body: objects.secret });
  for (const body of objects.custom) {
    await api.custom.createNamespacedCustomObject({
      ...GATEWAY_API,
      namespace,
      plural: PLURALS[body.kind],
      body,
    });
  }
}
