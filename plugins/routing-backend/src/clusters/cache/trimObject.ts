import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ValuePool } from './valuePool';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The spec with the parts many routes have in common shared through the pool. */
function sharedSpec(spec: any, pool: ValuePool): any {
  if (!spec || typeof spec !== 'object') return spec;
  const shared = { ...spec };
  if (Array.isArray(spec.parentRefs))
    shared.parentRefs = pool.share(spec.parentRefs);
  if (Array.isArray(spec.rules)) {
    shared.rules = spec.rules.map((rule: any) =>
      rule?.matches ? { ...rule, matches: pool.share(rule.matches) } : rule,
    );
  }
  return shared;
}

/**
 * The object as the cache keeps it: without managedFields and the last-applied configuration,
 * which are most of an object's size and never read; with its apiVersion and kind set (list
 * responses leave them out of items; `defaults` gives them); and with its status, parentRefs
 * and rule matches shared with equal ones of other objects.
 */
export function trimObject(
  object: KubernetesObject,
  defaults: { apiVersion: string; kind: string },
  pool: ValuePool,
): KubernetesObject {
  const { managedFields: _managed, ...metadata } = (object.metadata ??
    {}) as KubernetesObject['metadata'] & { managedFields?: unknown };
  if (metadata.annotations?.[LAST_APPLIED] !== undefined) {
    const { [LAST_APPLIED]: _applied, ...annotations } = metadata.annotations;
    metadata.annotations = annotations;
  }
  return {
    ...object,
    apiVersion: object.apiVersion ?? defaults.apiVersion,
    kind: object.kind ?? defaults.kind,
    metadata,
    ...(object.spec !== undefined
      ? { spec: sharedSpec(object.spec, pool) }
      : {}),
    ...(object.status !== undefined
      ? { status: pool.share(object.status) }
      : {}),
  };
}
