import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { ObjectSharing } from './valuePool';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The spec with the parts many objects have in common shared. */
function sharedSpec(spec: any, sharing: ObjectSharing): any {
  if (!isRecord(spec)) return spec;
  return copyObject(spec, (key, value) => {
    switch (key) {
      case 'parentRefs':
        return sharing.parentRefs.share(value);
      case 'ports':
        return sharing.ports.share(value);
      case 'rules':
        return Array.isArray(value)
          ? sharing.ruleLists.share(
              value.map(rule => sharedRule(rule, sharing)),
            )
          : value;
      default:
        return value;
    }
  });
}

function sharedRule(rule: any, sharing: ObjectSharing): any {
  if (!isRecord(rule)) return rule;
  return sharing.rules.share(
    copyObject(rule, (key, value) => {
      if (key === 'matches') return sharing.matches.share(value);
      if (key === 'backendRefs') return sharing.backendRefs.share(value);
      return value;
    }),
  );
}

/**
 * A route status (`parents[]` of parentRef, controllerName and conditions) rebuilt from shared
 * parts: each route's status differs (its own lastTransitionTime), but its parentRef, its
 * controller name and its conditions (equal on routes reconciled together) repeat. Any other
 * status is shared whole when an equal one was seen recently.
 */
function sharedStatus(status: any, sharing: ObjectSharing): any {
  if (!Array.isArray(status?.parents)) return sharing.status.share(status);
  return sharing.status.share(
    copyObject(status, (key, value) =>
      key === 'parents'
        ? sharing.parentLists.share(
            value.map((parent: any) => sharedParent(parent, sharing)),
          )
        : value,
    ),
  );
}

function sharedParent(parent: any, sharing: ObjectSharing): any {
  if (!isRecord(parent)) return parent;
  return sharing.parents.share(
    copyObject(parent, (key, value) => {
      switch (key) {
        case 'parentRef':
          return sharing.parentRefs.share(value);
        case 'controllerName':
          return typeof value === 'string'
            ? sharing.strings.intern(value)
            : value;
        case 'conditions':
          return Array.isArray(value)
            ? sharing.conditionLists.share(
                value.map(condition => sharing.conditions.share(condition)),
              )
            : value;
        default:
          return value;
      }
    }),
  );
}

function isRecord(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Metadata nothing reads; managedFields and the last-applied configuration are most of an object's size. */
const droppedMetadata = new Set([
  'managedFields',
  'uid',
  'resourceVersion',
  'selfLink',
]);

/**
 * What every object the cache builds is made from. V8 sizes objects made with `new` from the
 * first ones made, and keeps their properties inside them; `{}` has room for four properties
 * and keeps more (a route's, or its metadata's) in an extra array: 0.45 MB less per cluster
 * of 10k routes this way.
 */
class CachedRecord {}

/**
 * A copy of `source` built one property at a time, in the source's order, with `change`
 * applied to each value (undefined drops it). Objects built this way share V8's hidden
 * classes; spreads and rest patterns over parsed JSON give each copy a class of its own,
 * which costs more memory than the object.
 */
function copyObject(
  source: Record<string, any>,
  change: (key: string, value: any) => any,
): Record<string, any> {
  const copy = new CachedRecord() as Record<string, any>;
  for (const key of Object.keys(source)) {
    const value = change(key, source[key]);
    if (value !== undefined) copy[key] = value;
  }
  return copy;
}

/**
 * The metadata Portway reads: without managedFields and the last-applied configuration, and
 * without uid and resourceVersion, which nothing reads (the watch keeps its own
 * resourceVersion). Labels and annotations, often the same on all of an entity's objects, are
 * shared.
 */
function trimmedMetadata(
  metadata: Record<string, any>,
  sharing: ObjectSharing,
): KubernetesObject['metadata'] {
  return copyObject(metadata, (key, value) => {
    if (droppedMetadata.has(key)) return undefined;
    switch (key) {
      case 'namespace':
      case 'creationTimestamp':
        return sharing.strings.intern(value);
      case 'labels':
        return sharing.labels.share(value);
      case 'annotations':
        return sharing.annotations.share(
          copyObject(value ?? {}, (name, text) =>
            name === LAST_APPLIED ? undefined : text,
          ),
        );
      default:
        return value;
    }
  });
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
  const trimmed = copyObject(object, (key, value) => {
    switch (key) {
      case 'metadata':
        return trimmedMetadata(value ?? {}, sharing);
      case 'spec':
        return sharedSpec(value, sharing);
      case 'status':
        return sharedStatus(value, sharing);
      default:
        return value;
    }
  });
  trimmed.apiVersion = strings.intern(object.apiVersion ?? defaults.apiVersion);
  trimmed.kind = strings.intern(object.kind ?? defaults.kind);
  trimmed.metadata ??= {};
  return trimmed;
}

/**
 * An object of a kind read as metadata only (Secrets), as the cache keeps it: `kind`'s
 * apiVersion and kind (it comes as a `PartialObjectMetadata`), its namespace and its name;
 * nothing else, so no data, annotation (kubectl's last-applied configuration of a Secret holds
 * its data) or label is ever kept, whatever the API server sent.
 */
export function trimToName(
  object: KubernetesObject,
  kind: { apiVersion: string; kind: string },
  sharing: ObjectSharing,
): KubernetesObject {
  const { namespace, name } = object.metadata ?? {};
  return {
    apiVersion: sharing.strings.intern(kind.apiVersion),
    kind: sharing.strings.intern(kind.kind),
    metadata:
      namespace === undefined
        ? { name }
        : { namespace: sharing.strings.intern(namespace), name },
  };
}
