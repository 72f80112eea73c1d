import {
  addNote,
  ConversionState,
  GatewayDraft,
  ListenerDraft,
  RouteDraft,
  SourceIngress,
} from './ir';
import { nameFromHost } from './names';

/** The Gateway API's limit of listeners per Gateway (the CRD's maxItems). */
const MAX_LISTENERS = 64;

/** Adds a listener to a generated Gateway unless one of that name exists; returns the one kept. */
export function ensureListener(
  gateway: GatewayDraft,
  listener: ListenerDraft,
): ListenerDraft {
  const existing = gateway.listeners.find(l => l.name === listener.name);
  if (existing) return existing;
  gateway.listeners.push(listener);
  return listener;
}

/** The HTTP and HTTPS listeners of a host route; TLS entries without Secret are noted. */
function addListeners(
  state: ConversionState,
  gateway: GatewayDraft,
  route: RouteDraft,
  noted: Set<string>,
) {
  const prefix = route.host ? `${nameFromHost(route.host)}-` : '';
  const hostname = route.host ? { hostname: route.host } : {};
  ensureListener(gateway, {
    name: `${prefix}http`,
    protocol: 'HTTP',
    port: 80,
    ...hostname,
  });
  const secrets: string[] = [];
  for (const tls of route.tls ?? []) {
    if (tls.secretName) {
      secrets.push(tls.secretName);
      continue;
    }
    const key = `${tls.source.describe}|${tls.field}`;
    if (noted.has(key)) continue;
    noted.add(key);
    addNote(
      state,
      tls.source,
      'warning',
      `TLS entry without secretName (ingress-nginx serves its default certificate) not carried over: give the HTTPS listener of ${
        route.host || 'every host'
      } certificateRefs`,
      { field: tls.field },
    );
  }
  if (secrets.length === 0) return;
  const https = ensureListener(gateway, {
    name: `${prefix}https`,
    protocol: 'HTTPS',
    port: 443,
    ...hostname,
    tls: { mode: 'Terminate', certificateRefs: [] },
  });
  const refs = https.tls!.certificateRefs!;
  for (const name of secrets)
    if (!refs.some(ref => ref.name === name)) refs.push({ name });
}

/**
 * Without a shared Gateway: one Gateway per (namespace, class), named after the class with
 * gatewayClassName = class, as ingress2gateway writes it. Each host route adds listeners
 * `<name from host>-http` (80) and, where the host is a TLS host with a Secret,
 * `<name from host>-https` (443, the Secrets of its TLS entries, once each); a route without host
 * adds `http` / `https` without hostname. A defaultBackend route adds `http` without hostname, so
 * unmatched hosts reach it as in ingress-nginx (ingress2gateway adds no listener for it). Routes
 * attach by `{name: <class>}`. The Gateway is in the Ingress's namespace, so its Secrets need no
 * ReferenceGrant.
 */
export function generateGateways(state: ConversionState): void {
  const noted = new Set<string>();
  const firstSource = new Map<GatewayDraft, SourceIngress>();
  for (const route of state.routes) {
    let gateway = state.gateways.find(
      g => g.namespace === route.namespace && g.name === route.className,
    );
    if (!gateway) {
      gateway = {
        name: route.className,
        namespace: route.namespace,
        className: route.className,
        listeners: [],
      };
      state.gateways.push(gateway);
      firstSource.set(gateway, route.sources[0]);
    }
    if (route.defaultBackend)
      ensureListener(gateway, { name: 'http', protocol: 'HTTP', port: 80 });
    else addListeners(state, gateway, route, noted);
    route.parentRefs = [{ name: gateway.name }];
  }
  for (const [gateway, source] of firstSource) {
    if (gateway.listeners.length <= MAX_LISTENERS) continue;
    addNote(
      state,
      source,
      'error',
      `Gateway ${gateway.namespace}/${gateway.name} has ${gateway.listeners.length} listeners; the Gateway API allows ${MAX_LISTENERS}: split its hosts over several Gateways`,
    );
  }
}
