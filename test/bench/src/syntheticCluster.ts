import type { KubernetesObject } from '@portway/plugin-routing-common';

/**
 * A cluster of `gateways` shared Gateways (HTTP and HTTPS listeners for their own wildcard
 * domain, routes allowed from namespaces by label) and `routes` HTTPRoutes spread over 100
 * namespaces, each with its Service; every 50th route asks for a hostname its listener
 * refuses and every 40th points at a missing Service, so the analysis has work to do.
 */
export function syntheticCluster(
  gateways: number,
  routes: number,
): KubernetesObject[] {
  const objects: KubernetesObject[] = [];
  for (let ns = 0; ns < 100; ns += 1) {
    objects.push({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: `team-${ns}`, labels: { 'gateway-access': 'public' } },
    });
  }
  for (let g = 0; g < gateways; g += 1) {
    const hostname = `*.gw${g}.example.com`;
    const allowedRoutes = {
      namespaces: {
        from: 'Selector',
        selector: { matchLabels: { 'gateway-access': 'public' } },
      },
    };
    objects.push({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: `gw-${g}`, namespace: 'infra' },
      spec: {
        gatewayClassName: 'istio',
        listeners: [
          { name: 'http', protocol: 'HTTP', port: 80, hostname, allowedRoutes },
          {
            name: 'https',
            protocol: 'HTTPS',
            port: 443,
            hostname,
            tls: { certificateRefs: [{ name: `gw-${g}-tls` }] },
            allowedRoutes,
          },
        ],
      },
    });
  }
  for (let r = 0; r < routes; r += 1) {
    const namespace = `team-${r % 100}`;
    const gateway = r % gateways;
    const name = `app-${r}`;
    objects.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace },
      spec: { ports: [{ port: 8080 }] },
    });
    objects.push({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: {
        name,
        namespace,
        creationTimestamp: new Date(1_700_000_000_000 + r).toISOString(),
      },
      spec: {
        parentRefs: [
          { name: `gw-${gateway}`, namespace: 'infra', sectionName: 'https' },
        ],
        hostnames: [
          r % 50 === 0
            ? `${name}.elsewhere.org`
            : `${name}.gw${gateway}.example.com`,
        ],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs: [
              { name: r % 40 === 0 ? `missing-${r}` : name, port: 8080 },
            ],
          },
        ],
      },
    });
  }
  return objects;
}
