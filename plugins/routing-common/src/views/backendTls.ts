import { normalizeParentRef } from '../gatewayApi/parentRefs';
import type { KubernetesObject } from '../kubernetes/objects';
import { backendTlsPolicyFor } from '../semantics/backendTlsPoliciesLookup';
import type { Analysis, AnalyzedBackendTlsPolicy } from '../semantics/types';
import type {
  BackendTlsView,
  ParentReference,
  RouteCondition,
} from '../types/routes';

/**
 * The backend and Gateway {@link backendTlsView} describes the BackendTLSPolicy for.
 *
 * @public
 */
export interface BackendTlsQuery {
  /** The backend Service and the port the route sends to. */
  backend: { namespace: string; name: string; port?: number };
  /** The route's Gateway; without it the view carries no conditions. */
  gateway?: { namespace: string; name: string };
  /** The BackendTLSPolicy objects as read from the cluster, whose status may hold a controller's conditions. */
  policyObjects?: readonly KubernetesObject[];
}

function namesGateway(
  ref: ParentReference,
  policyNamespace: string,
  gateway: { namespace: string; name: string },
): boolean {
  const normalized = normalizeParentRef(ref, policyNamespace);
  return (
    normalized.kind === 'Gateway' &&
    normalized.namespace === gateway.namespace &&
    normalized.name === gateway.name
  );
}

/** The conditions a controller wrote for the policy's current generation under the Gateway. */
function observedConditions(
  policy: AnalyzedBackendTlsPolicy,
  gateway: { namespace: string; name: string },
  objects: readonly KubernetesObject[],
): RouteCondition[] | undefined {
  const object = objects.find(
    o =>
      o.metadata?.namespace === policy.namespace &&
      o.metadata?.name === policy.name,
  );
  const ancestors: any[] = Array.isArray(object?.status?.ancestors)
    ? object!.status.ancestors
    : [];
  const ancestor = ancestors.find(
    a =>
      a?.ancestorRef && namesGateway(a.ancestorRef, policy.namespace, gateway),
  );
  const conditions: RouteCondition[] = Array.isArray(ancestor?.conditions)
    ? ancestor.conditions
    : [];
  const generation = object?.metadata?.generation;
  const stale = conditions.some(
    c =>
      generation !== undefined &&
      c.observedGeneration !== undefined &&
      c.observedGeneration < generation,
  );
  return conditions.length > 0 && !stale ? conditions : undefined;
}

/**
 * The BackendTLSPolicy governing a route's connections to a backend (see backendTlsPolicyFor)
 * as the Routing tab shows it: its hostname and CA source, and its conditions under the
 * route's Gateway, from the policy's status when a controller wrote them for its current
 * generation, else the analysis's prediction (`conditionsFrom: 'analysis'`). Undefined when
 * no policy governs the backend.
 *
 * @public
 */
export function backendTlsView(
  analysis: Pick<Analysis, 'backendTlsPolicies'>,
  { backend, gateway, policyObjects = [] }: BackendTlsQuery,
): BackendTlsView | undefined {
  const policy = backendTlsPolicyFor(
    analysis.backendTlsPolicies ?? [],
    backend,
  );
  if (!policy) return undefined;
  const { hostname, caCertificateRefs, wellKnownCACertificates } =
    policy.validation;
  const view: BackendTlsView = {
    namespace: policy.namespace,
    name: policy.name,
    ...(hostname ? { hostname } : {}),
    caConfigMaps: caCertificateRefs.map(ref => ref.name),
    ...(wellKnownCACertificates ? { wellKnownCACertificates } : {}),
    conditions: [],
  };
  if (!gateway) return view;
  const under = { ...view, gateway: `${gateway.namespace}/${gateway.name}` };
  const observed = observedConditions(policy, gateway, policyObjects);
  if (observed) return { ...under, conditions: observed };
  const predicted = policy.ancestors.find(a =>
    namesGateway(a.ancestorRef, policy.namespace, gateway),
  );
  return {
    ...under,
    conditions: predicted?.conditions ?? [],
    conditionsFrom: 'analysis',
  };
}
