import type {
  ConversionState,
  GatewayDraft,
  ListenerDraft,
  ParentRefDraft,
  RouteDraft,
} from '../ir';

/** The generated Gateway a route draft attaches to, if any. */
export function gatewayOf(
  state: ConversionState,
  route: RouteDraft,
): GatewayDraft | undefined {
  return state.gateways.find(gateway =>
    route.parentRefs.some(
      ref =>
        ref.name === gateway.name &&
        (ref.namespace ?? route.namespace) === gateway.namespace,
    ),
  );
}

/** The listener of a generated Gateway for a host (the empty string for none) and protocol. */
export function listenerFor(
  gateway: GatewayDraft | undefined,
  host: string,
  protocol: ListenerDraft['protocol'],
): ListenerDraft | undefined {
  return gateway?.listeners.find(
    listener =>
      listener.protocol === protocol && (listener.hostname ?? '') === host,
  );
}

/**
 * The parentRefs on a shared Gateway (`options.gateway`) for the HTTPS side (its sectionName, or
 * port 443 when unset) and the plain-HTTP side (`httpSectionName`, or port 80 when unset).
 */
export function sharedParentRefs(
  state: ConversionState,
): { https: ParentRefDraft; http: ParentRefDraft } | undefined {
  const shared = state.options.gateway;
  if (!shared) return undefined;
  const { namespace, name, sectionName, httpSectionName } = shared;
  return {
    https: {
      namespace,
      name,
      ...(sectionName ? { sectionName } : { port: 443 }),
    },
    http: {
      namespace,
      name,
      ...(httpSectionName ? { sectionName: httpSectionName } : { port: 80 }),
    },
  };
}
