import { asArray, namespaceOf } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type {
  BackendRefUse,
  GatewayModel,
  Inventory,
  ObjectReference,
  ReferenceGrantModel,
  RouteModel,
} from './model';
import { secretFacts } from './secretFacts';
import { toListenerSet } from './listenerSetModel';
import {
  portNumbersByName,
  toBackendTlsPolicy,
} from './backendTlsPoliciesModel';
import { caBundleFacts } from './backendTlsPoliciesCaBundle';

/** The route kinds the analysis judges. */
export const ANALYZED_ROUTE_KINDS = [
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
];

function groupOf(object: KubernetesObject): string {
  const apiVersion = object.apiVersion ?? '';
  return apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
}

/** Whether the object is of `kind` in Gateway API's group (or carries no apiVersion). */
function isGatewayApi(object: KubernetesObject, kind: string): boolean {
  return (
    object.kind === kind &&
    (!object.apiVersion || groupOf(object) === GATEWAY_API_GROUP)
  );
}

function isCore(object: KubernetesObject, kind: string): boolean {
  return object.kind === kind && groupOf(object) === '';
}

/** Every backend reference of a route: rules' backendRefs and RequestMirror filters. */
function backendRefsOf(spec: any): BackendRefUse[] {
  const uses: BackendRefUse[] = [];
  const mirrors = (filters: unknown, at: string) =>
    asArray<any>(filters).forEach((filter, f) => {
      if (
        filter?.type === 'RequestMirror' &&
        filter.requestMirror?.backendRef
      ) {
        uses.push({
          ref: filter.requestMirror.backendRef,
          path: `${at}.filters[${f}]`,
        });
      }
    });
  asArray<any>(spec?.rules).forEach((rule, r) => {
    mirrors(rule?.filters, `rules[${r}]`);
    asArray<ObjectReference & { filters?: unknown }>(rule?.backendRefs).forEach(
      (ref, b) => {
        uses.push({ ref, path: `rules[${r}].backendRefs[${b}]` });
        mirrors(ref.filters, `rules[${r}].backendRefs[${b}]`);
      },
    );
  });
  return uses;
}

/** A Service's `spec.ports[].port`; none for an ExternalName Service, which has no ports to check. */
function servicePorts(object: KubernetesObject): number[] {
  if (object.spec?.type === 'ExternalName') return [];
  return asArray<{ port?: unknown }>(object.spec?.ports)
    .map(p => p?.port)
    .filter((port): port is number => typeof port === 'number');
}

function toGateway(object: KubernetesObject): GatewayModel {
  return {
    namespace: namespaceOf(object),
    name: object.metadata?.name ?? '',
    gatewayClassName: object.spec?.gatewayClassName,
    listeners: asArray(object.spec?.listeners),
    ...(Array.isArray(object.spec?.addresses)
      ? { addresses: object.spec.addresses }
      : {}),
    ...(object.spec?.allowedListeners
      ? { allowedListeners: object.spec.allowedListeners }
      : {}),
    ...(object.spec?.tls ? { tls: object.spec.tls } : {}),
  };
}

function toRoute(object: KubernetesObject): RouteModel {
  return {
    kind: object.kind ?? '',
    namespace: namespaceOf(object),
    name: object.metadata?.name ?? '',
    hostnames: asArray<string>(object.spec?.hostnames),
    parentRefs: asArray(object.spec?.parentRefs),
    backendRefs: backendRefsOf(object.spec),
  };
}

function toReferenceGrant(object: KubernetesObject): ReferenceGrantModel {
  return {
    namespace: namespaceOf(object),
    from: asArray(object.spec?.from),
    to: asArray(object.spec?.to),
  };
}

/**
 * How the caller's objects relate to the cluster they come from.
 *
 * @public
 */
export interface AnalysisOptions {
  /**
   * Every Secret of the cluster is among the objects (names at least, from a metadata-only
   * list), so a certificate Secret that is not there does not exist. Without it, Secrets are
   * checked only when the objects hold some.
   */
  secretsListed?: boolean;
}

/**
 * Indexes the objects the Gateway API analysis reads: Gateways, ListenerSets, GatewayClasses, HTTPRoutes,
 * GRPCRoutes, TLSRoutes, TCPRoutes, UDPRoutes, ReferenceGrants (v1beta1 and v1), BackendTLSPolicies,
 * Services, Namespaces, Secrets and ConfigMaps. Other kinds are ignored; a namespaced object without a namespace is
 * taken to be in `default`.
 */
export function buildInventory(
  objects: KubernetesObject[],
  options: AnalysisOptions = {},
): Inventory {
  const inventory: Inventory = {
    gateways: new Map(),
    routes: [],
    listenerSets: [],
    services: new Set(),
    servicePorts: new Map(),
    servicePortNames: new Map(),
    backendTlsPolicies: [],
    namespaceLabels: new Map(),
    referenceGrants: [],
    secrets: new Map(),
    secretsChecked: options.secretsListed ?? false,
  };
  for (const object of objects) {
    if (!object || typeof object !== 'object') continue;
    if (isGatewayApi(object, 'Gateway')) {
      const gateway = toGateway(object);
      inventory.gateways.set(`${gateway.namespace}/${gateway.name}`, gateway);
    } else if (isGatewayApi(object, 'ListenerSet')) {
      inventory.listenerSets.push(toListenerSet(object));
    } else if (isGatewayApi(object, 'GatewayClass')) {
      inventory.gatewayClasses ??= new Set();
      inventory.gatewayClasses.add(object.metadata?.name ?? '');
    } else if (ANALYZED_ROUTE_KINDS.some(kind => isGatewayApi(object, kind))) {
      inventory.routes.push(toRoute(object));
    } else if (isGatewayApi(object, 'ReferenceGrant')) {
      inventory.referenceGrants.push(toReferenceGrant(object));
    } else if (isCore(object, 'Service')) {
      const key = `${namespaceOf(object)}/${object.metadata?.name ?? ''}`;
      inventory.services.add(key);
      inventory.servicePorts.set(key, servicePorts(object));
      inventory.servicePortNames.set(key, portNumbersByName(object));
    } else if (isGatewayApi(object, 'BackendTLSPolicy')) {
      inventory.backendTlsPolicies.push(toBackendTlsPolicy(object));
    } else if (isCore(object, 'ConfigMap')) {
      inventory.caBundles ??= new Map();
      inventory.caBundles.set(
        `${namespaceOf(object)}/${object.metadata?.name ?? ''}`,
        caBundleFacts(object),
      );
    } else if (isCore(object, 'Secret')) {
      const key = `${namespaceOf(object)}/${object.metadata?.name ?? ''}`;
      inventory.secrets.set(key, secretFacts(object));
      inventory.secretsChecked = true;
    } else if (isCore(object, 'Namespace')) {
      inventory.namespaceLabels.set(
        object.metadata?.name ?? '',
        object.metadata?.labels ?? {},
      );
    }
  }
  return inventory;
}
