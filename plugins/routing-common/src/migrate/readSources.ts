import type { KubernetesObject } from '../kubernetes/objects';
import { ingressClassOf, isDefaultIngressClass } from '../ingress/classes';
import { buildIngressInventory, IngressInventory } from '../ingress/model';
import type { SourceIngress } from './ir';
import type { MigrationNote } from './types';
import { describeObject, namespaceOf } from '../kubernetes/objectFields';

/** The class of an Ingress: named, else the single default IngressClass, else `default`. */
export function migrationClassOf(
  ingress: KubernetesObject,
  inventory: IngressInventory,
): { name: string; note?: MigrationNote } {
  const named = ingressClassOf(ingress)?.name;
  if (named) return { name: named };
  const defaults = [...inventory.classes.values()].filter(
    isDefaultIngressClass,
  );
  if (defaults.length === 1 && defaults[0].metadata?.name)
    return { name: defaults[0].metadata.name };
  return {
    name: 'default',
    note: {
      object: describeObject(ingress),
      field: 'spec.ingressClassName',
      level: 'warning',
      message:
        'no ingress class and no single default IngressClass; Gateway "default" with gatewayClassName "default" used, set it to your GatewayClass',
    },
  };
}

/** Milliseconds of a creationTimestamp; Infinity when unset (not created yet: the newest). */
function createdAt(ingress: KubernetesObject): number {
  const stamp = ingress.metadata?.creationTimestamp;
  const time = stamp === undefined ? NaN : new Date(stamp).getTime();
  return Number.isNaN(time) ? Infinity : time;
}

/**
 * ingress-nginx's order of Ingresses: oldest creationTimestamp first, then `namespace/name`.
 * An Ingress without a timestamp (a file not applied yet) counts as the newest.
 * ingress2gateway sorts by name only, so where several Ingresses share a host, its rule order
 * (and so which Ingress wins a tie in Gateway API precedence) can differ from ingress-nginx's.
 */
export function ingressNginxOrder(
  a: KubernetesObject,
  b: KubernetesObject,
): number {
  const [ta, tb] = [createdAt(a), createdAt(b)];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [ka, kb] = [a, b].map(
    o => `${namespaceOf(o)}/${o.metadata?.name ?? ''}`,
  );
  if (ka === kb) return 0;
  return ka < kb ? -1 : 1;
}

/** The source Ingresses in ingress-nginx's order, the Services by `namespace/name`, class notes. */
export function readSources(objects: KubernetesObject[]): {
  sources: SourceIngress[];
  services: Map<string, KubernetesObject>;
  notes: MigrationNote[];
} {
  const inventory = buildIngressInventory(objects);
  const notes: MigrationNote[] = [];
  const sources = [...inventory.ingresses]
    .sort(ingressNginxOrder)
    .map(object => {
      const className = migrationClassOf(object, inventory);
      if (className.note) notes.push(className.note);
      const annotations = { ...(object.metadata?.annotations ?? {}) };
      return {
        object,
        describe: describeObject(object),
        namespace: namespaceOf(object),
        name: object.metadata?.name ?? '',
        className: className.name,
        annotations,
        canary: annotations['nginx.ingress.kubernetes.io/canary'] === 'true',
      };
    });
  return { sources, services: inventory.services, notes };
}
