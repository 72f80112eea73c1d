import type {
  BackendTlsPolicyModel,
  BackendTlsPolicyTargetRef,
} from './backendTlsPoliciesModel';
import type { Inventory } from './model';

/** One targetRef of a policy, resolved against the Services of the input. */
export interface ResolvedTarget {
  ref: BackendTlsPolicyTargetRef;
  /** `namespace/name` of the targeted Service (in the policy's namespace). */
  service: string;
  /** The port the sectionName names, when it names one. */
  port?: number;
  /** Why the policy cannot apply to this target. */
  problem?: {
    reason: 'TargetNotFound' | 'Invalid';
    message: string;
    field: string;
  };
}

/**
 * Resolves each targetRef: a core Service of the policy's namespace (other kinds are
 * implementation-specific support, predicted Invalid), which must exist (TargetNotFound), and
 * whose port named by sectionName must exist (TargetNotFound too: that section of the target
 * cannot be found).
 */
export function resolveTargets(
  policy: BackendTlsPolicyModel,
  inventory: Pick<Inventory, 'services' | 'servicePortNames'>,
): ResolvedTarget[] {
  return policy.targetRefs.map((ref, i) => {
    const field = `spec.targetRefs[${i}]`;
    const service = `${policy.namespace}/${ref.name}`;
    if (ref.group !== '' || ref.kind !== 'Service') {
      return {
        ref,
        service,
        problem: {
          reason: 'Invalid',
          field,
          message: `${field} targets ${ref.name} of kind ${
            ref.kind || '(none)'
          } in group ${
            ref.group || 'core'
          }; the standard supports core Services as targets (other kinds are implementation-specific)`,
        },
      };
    }
    if (!inventory.services.has(service)) {
      return {
        ref,
        service,
        problem: {
          reason: 'TargetNotFound',
          field,
          message: `${field} targets Service ${service}, which does not exist`,
        },
      };
    }
    if (ref.sectionName === undefined) return { ref, service };
    const port = inventory.servicePortNames.get(service)?.get(ref.sectionName);
    if (port === undefined) {
      return {
        ref,
        service,
        problem: {
          reason: 'TargetNotFound',
          field: `${field}.sectionName`,
          message: `${field} targets port ${ref.sectionName} of Service ${service}, which has no port of that name`,
        },
      };
    }
    return { ref, service, port };
  });
}

/** The key of what a targetRef selects: the target and its sectionName (none: the whole target). */
export function targetKey(
  namespace: string,
  ref: BackendTlsPolicyTargetRef,
): string {
  return `${ref.group}/${ref.kind}/${namespace}/${ref.name}#${
    ref.sectionName ?? ''
  }`;
}

/** Older first; a policy without creationTimestamp (not applied yet) counts as the newest. */
function byPrecedence(a: BackendTlsPolicyModel, b: BackendTlsPolicyModel) {
  const created = (p: BackendTlsPolicyModel) =>
    p.creationTimestamp ? Date.parse(p.creationTimestamp) : Infinity;
  const age = created(a) - created(b);
  if (age !== 0 && !Number.isNaN(age)) return age;
  const keyA = `${a.namespace}/${a.name}`;
  const keyB = `${b.namespace}/${b.name}`;
  if (keyA === keyB) return 0;
  return keyA < keyB ? -1 : 1;
}

/**
 * The policy that takes precedence on each target and sectionName (see {@link targetKey}),
 * as `namespace/name`, following the spec: the oldest by creationTimestamp, then the first in
 * alphabetical order of `namespace/name`. A policy on a whole Service and one on a port of it
 * select different things, so they do not conflict (BackendTLSPolicyConflictResolution).
 */
export function precedenceByTarget(
  policies: BackendTlsPolicyModel[],
): Map<string, string> {
  const winners = new Map<string, BackendTlsPolicyModel>();
  for (const policy of policies) {
    for (const ref of policy.targetRefs) {
      const key = targetKey(policy.namespace, ref);
      const holder = winners.get(key);
      if (!holder || byPrecedence(policy, holder) < 0) winners.set(key, policy);
    }
  }
  return new Map(
    [...winners].map(([key, p]) => [key, `${p.namespace}/${p.name}`]),
  );
}
