import type {
  GatewayView,
  KubernetesObject,
  ListenerView,
} from '@portway/plugin-routing-common';

/** The `GET /gateways` view of a cluster's Gateways: listeners with their status. */
export function gatewayViews(
  cluster: string,
  gateways: KubernetesObject[],
): GatewayView[] {
  return gateways.map(gateway => {
    const statuses: any[] = gateway.status?.listeners ?? [];
    const listeners = (gateway.spec?.listeners ?? []).map(
      (listener: any): ListenerView => {
        const status = statuses.find(s => s.name === listener.name);
        return {
          name: listener.name,
          ...(listener.hostname ? { hostname: listener.hostname } : {}),
          port: listener.port,
          protocol: listener.protocol,
          attachedRoutes: status?.attachedRoutes ?? 0,
          conditions: status?.conditions ?? [],
        };
      },
    );
    return {
      cluster,
      namespace: gateway.metadata?.namespace ?? 'default',
      name: gateway.metadata?.name ?? '',
      gatewayClassName: gateway.spec?.gatewayClassName ?? '',
      addresses: (gateway.status?.addresses ?? []).map((a: any) => a.value),
      listeners,
      conditions: gateway.status?.conditions ?? [],
    };
  });
}
