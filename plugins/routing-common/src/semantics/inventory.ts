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

/** The route kinds the analysis judges. */
export const ANALYZED_ROUTE_KINDS = ['HTTPRoute', 'GRPCRoute', 'TLSRoute'];

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
 * Indexes the objects the Gateway API analysis reads: Gateways, GatewayClasses, HTTPRoutes,
 * GRPCRoutes, TLSRoutes, ReferenceGrants (v1beta1 and v1), Services and Namespaces. Other kinds
 * are ignored; a namespaced object without a namespace is taken to be in `default`.
 */
export function buildInventory(objects: KubernetesObject[]): Inventory {
  const inventory: Inventory = {
    gateways: new Map(),
    routes: [],
    services: new Set(),
    servicePorts: new Map(),
    namespaceLabels: new Map(),
    referenceGrants: [],
  };
  for (const object of objects) {
    if (!object || typeof object !== 'object') continue;
    if (isGatewayApi(object, 'Gateway')) {
      const gateway = toGateway(object);
      inventory.gateways.set(`${gateway.namespace}/${gateway.name}`, gateway);
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
    } else if (isCore(object, 'Namespace')) {
      inventory.namespaceLabels.set(
        object.metadata?.name ?? '',
        object.metadata?.labels ?? {},
      );
    }
  }
  return inventory;
}
