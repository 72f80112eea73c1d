import type { ReferenceGrantModel } from './model';

/**
 * The side of a cross-namespace reference that refers (a route, a Gateway).
 */
export interface ReferenceFrom {
  group: string;
  kind: string;
  namespace: string;
}

/**
 * The side of a cross-namespace reference that is referred to (a Service, a Secret).
 */
export interface ReferenceTo {
  group: string;
  kind: string;
  namespace: string;
  name: string;
}

/**
 * Whether a reference is allowed. A reference within one namespace always is; a reference into
 * another namespace needs a ReferenceGrant in that namespace whose `from` names the referrer's
 * group, kind and namespace and whose `to` names the referent's group and kind, and its name
 * when the grant gives one.
 */
export function referenceAllowed(
  grants: ReferenceGrantModel[],
  from: ReferenceFrom,
  to: ReferenceTo,
): boolean {
  if (from.namespace === to.namespace) return true;
  return grants.some(
    grant =>
      grant.namespace === to.namespace &&
      grant.from.some(
        f =>
          (f.group ?? '') === from.group &&
          f.kind === from.kind &&
          f.namespace === from.namespace,
      ) &&
      grant.to.some(
        t =>
          (t.group ?? '') === to.group &&
          t.kind === to.kind &&
          (t.name === undefined || t.name === '' || t.name === to.name),
      ),
  );
}
