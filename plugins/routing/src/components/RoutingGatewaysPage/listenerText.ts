import type {
  AllowedRoutesView,
  AttachedRouteView,
  GatewayView,
  ListenerView,
} from '@portway/plugin-routing-common';

/** `HTTPS:443 · *.shop.example.com`, or `any hostname` for a listener without one. */
export function listenerAddress(listener: ListenerView): string {
  return `${listener.protocol}:${listener.port} · ${
    listener.hostname ?? 'any hostname'
  }`;
}

function fromNamespaces(
  allowed: AllowedRoutesView,
  owner: Pick<GatewayView, 'namespace'>,
): string {
  switch (allowed.namespaces) {
    case 'All':
      return 'from every namespace';
    case 'Selector':
      return allowed.selector
        ? `from namespaces labelled ${allowed.selector}`
        : 'from namespaces matching its selector';
    default:
      return `from namespace ${owner.namespace} only`;
  }
}

/**
 * `Accepts HTTPRoute, GRPCRoute from namespaces labelled team=shop`; `Same` is the namespace
 * of the listener's owner, its Gateway or its ListenerSet.
 */
export function allowedRoutesText(
  listener: ListenerView,
  owner: Pick<GatewayView, 'namespace'>,
): string {
  const { allowedRoutes } = listener;
  const kinds =
    allowedRoutes.kinds.length > 0
      ? allowedRoutes.kinds.join(', ')
      : 'no route kinds';
  return `Accepts ${kinds} ${fromNamespaces(allowedRoutes, owner)}`;
}

/** `1 route attached` as the Gateway's status counts it, with how many the filters show. */
export function attachedText(listener: ListenerView, shown: number): string {
  const { attachedRoutes, routes } = listener;
  const counted = `${attachedRoutes} route${
    attachedRoutes === 1 ? '' : 's'
  } attached`;
  return shown < routes.length
    ? `${counted}; the filters show ${shown} of the ${routes.length} that name it`
    : counted;
}

/** `HTTPRoute shop/storefront`. */
export function routeLabel(route: AttachedRouteView): string {
  return `${route.kind} ${route.namespace}/${route.name}`;
}
