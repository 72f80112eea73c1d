import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { RouteCondition } from '../types/routes';
import { condition } from './conditions';
import type { BackendRefUse, Inventory, RouteModel } from './model';
import { referenceAllowed } from './referenceGrants';

interface BackendProblem {
  reason: 'InvalidKind' | 'RefNotPermitted' | 'BackendNotFound';
  message: string;
}

/**
 * What is wrong with one backendRef, or undefined when it resolves: a kind other than a core
 * Service is InvalidKind; a Service in another namespace without a ReferenceGrant there is
 * RefNotPermitted; a Service not in the input is BackendNotFound.
 */
export function backendProblem(
  route: RouteModel,
  use: BackendRefUse,
  inventory: Pick<Inventory, 'services' | 'referenceGrants'>,
  grantsRequired = true,
): BackendProblem | undefined {
  const { ref, path } = use;
  const group = ref.group ?? '';
  const kind = ref.kind ?? 'Service';
  const namespace = ref.namespace ?? route.namespace;
  if (group !== '' || kind !== 'Service') {
    return {
      reason: 'InvalidKind',
      message: `${path} refers to a ${kind}${
        group ? ` of group ${group}` : ''
      } named ${namespace}/${
        ref.name
      }; only core Services are supported as backends`,
    };
  }
  const allowed =
    !grantsRequired ||
    referenceAllowed(
      inventory.referenceGrants,
      {
        group: GATEWAY_API_GROUP,
        kind: route.kind,
        namespace: route.namespace,
      },
      { group: '', kind: 'Service', namespace, name: ref.name },
    );
  if (!allowed) {
    return {
      reason: 'RefNotPermitted',
      message: `${path} refers to Service ${namespace}/${ref.name}, but no ReferenceGrant in ${namespace} lets ${route.kind}s from ${route.namespace} use it`,
    };
  }
  if (!inventory.services.has(`${namespace}/${ref.name}`)) {
    return {
      reason: 'BackendNotFound',
      message: `${path} refers to Service ${namespace}/${ref.name}, which does not exist`,
    };
  }
  return undefined;
}

/**
 * A route's ResolvedRefs condition: True when every backendRef (rules and RequestMirror
 * filters) resolves; otherwise False with the reason of the first broken one, and a message
 * naming every broken one. Mesh parents need no ReferenceGrant for a Service in another
 * namespace (GEP-1294: mesh routes augment Services rather than expose them), so
 * `grantsRequired` is false for them.
 */
export function resolvedRefsCondition(
  route: RouteModel,
  inventory: Pick<Inventory, 'services' | 'referenceGrants'>,
  grantsRequired = true,
): RouteCondition {
  const problems = route.backendRefs
    .map(use => backendProblem(route, use, inventory, grantsRequired))
    .filter((problem): problem is BackendProblem => problem !== undefined);
  if (problems.length === 0) {
    return condition(
      'ResolvedRefs',
      true,
      'ResolvedRefs',
      'all backend references resolve',
    );
  }
  return condition(
    'ResolvedRefs',
    false,
    problems[0].reason,
    problems.map(problem => problem.message).join('; '),
  );
}
