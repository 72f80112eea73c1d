import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ObjectSharing } from './valuePool';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The spec with the parts many objects have in common shared. */
function sharedSpec(spec: any, sharing: ObjectSharing): any {
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) return spec;
  const shared = { ...spec };
  if (spec.parentRefs !== undefined)
    shared.parentRefs = sharing.parentRefs.share(spec.parentRefs);
  if (spec.ports !== undefined) shared.ports = sharing.ports.share(spec.ports);
  if (Array.isArray(spec.rules)) {
    shared.rules = spec.rules.map((rule: any) => {
      if (!rule || typeof rule !== 'object') return rule;
      const sharedRule = { ...rule };
      if (rule.matches !== undefined)
        sharedRule.matches = sharing.matches.share(rule.matches);
      if (rule.backendRefs !== undefined)
        sharedRule.backendRefs = sharing.backendRefs.share(rule.backendRefs);
      return sharedRule;
    });
  }
  return shared;
}

/**
 * A route status (`parents[]` of parentRef, controllerName and conditions) rebuilt from shared
 * parts: each route's status differs (its own lastTransitionTime), but its parentRef, its
 * controller name and its conditions (equal on routes reconciled together) repeat. Any other
 * status is shared whole when an equal one was seen recently.
 */
function sharedStatus(status: any, sharing: ObjectSharing): any {
  if (!Array.isArray(status?.parents)) return sharing.status.share(status);
  return {
    ...status,
    parents: status.parents.map((parent: any) => {
      if (!parent || typeof parent !== 'object') return parent;
      const shared = { ...parent };
      if (parent.parentRef !== undefined)
        shared.parentRef = sharing.parentRefs.share(parent.parentRef);
      if (typeof parent.controllerName === 'string')
        shared.controllerName = sharing.strings.intern(parent.controllerName);
      if (Array.isArray(parent.conditions))
        shared.conditions = parent.conditions.map((condition: any) =>
          sharing.conditions.share(condition),
        );
      return shared;
    }),
  };
}

/**
 * The metadata Portway reads: without managedFields and the last-applied configuration, which
 * are most of an object's size, and without uid and resourceVersion, which nothing reads (the
 * watch keeps its own resourceVersion). Labels and annotations, often the same on all of an
 * entity's objects, are shared.
 */
function trimmedMetadata(
  metadata: Record<string, any>,
  sharing: ObjectSharing,
): KubernetesObject['metadata'] {
  const {
    managedFields: _managedFields,
    uid: _uid,
    resourceVersion: _resourceVersion,
    selfLink: _selfLink,
    namespace,
    creationTimestamp,
    labels,
    annotations,
    ...rest
  } = metadata;
  let kept = annotations;
  if (annotations?.[LAST_APPLIED] !== undefined) {
    const { [LAST_APPLIED]: _applied, ...others } = annotations;
    kept = others;
  }
  const { strings } = sharing;
  return {
    ...rest,
    ...(namespace !== undefined
      ? { namespace: strings.intern(namespace) }
      : {}),
    ...(creationTimestamp !== undefined
      ? { creationTimestamp: strings.intern(creationTimestamp) }
      : {}),
    ...(labels !== undefined ? { labels: sharing.labels.share(labels) } : {}),
    ...(kept !== undefined
      ? { annotations: sharing.annotations.share(kept) }
      : {}),
  };
}

/**
 * The object as the cache keeps it: trimmed metadata; its apiVersion and kind set (list
 * responses leave them out of items; `defaults` gives them); and its status, parentRefs, rule
 * matches, backendRefs and ports shared with equal ones of other objects.
 */
export function trimObject(
  object: KubernetesObject,
  defaults: { apiVersion: string; kind: string },
  sharing: ObjectSharing,
): KubernetesObject {
  const { strings } = sharing;
  const metadata = trimmedMetadata(object.metadata ?? {}, sharing);
  return {
    ...object,
    apiVersion: strings.intern(object.apiVersion ?? defaults.apiVersion),
    kind: strings.intern(object.kind ?? defaults.kind),
    metadata,
    ...(object.spec !== undefined
      ? { spec: sharedSpec(object.spec, sharing) }
      : {}),
    ...(object.status !== undefined
      ? { status: sharedStatus(object.status, sharing) }
      : {}),
  };
}
