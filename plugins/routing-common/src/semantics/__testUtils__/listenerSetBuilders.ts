import type { KubernetesObject } from '../../kubernetes/objects';
import type { ListenerSpec } from '../model';
import { gateway } from './builders';

/** A Gateway `namespace/name` (one HTTP listener) whose allowedListeners takes ListenerSets `from`. */
export function gatewayTaking(
  key: string,
  from: string,
  listeners?: Array<Partial<ListenerSpec>>,
  selector?: { matchLabels: Record<string, string> },
): KubernetesObject {
  const object = gateway(key, listeners);
  return {
    ...object,
    spec: {
      ...object.spec,
      allowedListeners: {
        namespaces: { from, ...(selector ? { selector } : {}) },
      },
    },
  };
}

/** A ListenerSet `namespace/name` adding `listeners` to Gateway `parent` (`namespace/name`). */
export function listenerSet(
  key: string,
  parent: string,
  listeners: Array<Partial<ListenerSpec>> = [{}],
  creationTimestamp?: string,
): KubernetesObject {
  const [namespace, name] = key.split('/');
  const [parentNamespace, parentName] = parent.split('/');
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'ListenerSet',
    metadata: {
      namespace,
      name,
      ...(creationTimestamp ? { creationTimestamp } : {}),
    },
    spec: {
      parentRef: { name: parentName, namespace: parentNamespace },
      listeners: listeners.map((l, i) => ({
        name: `ls-${i}`,
        port: 80,
        protocol: 'HTTP',
        hostname: `${name}-${i}.example.com`,
        ...l,
      })),
    },
  };
}

/** `status/reason` of each condition of a ListenerSet, e.g. `Accepted=False/NotAllowed`. */
export function listenerSetConditions(
  analysis: {
    listenerSets?: Array<{
      namespace: string;
      name: string;
      conditions: Array<{ type: string; status: string; reason: string }>;
    }>;
  },
  key: string,
): string[] | undefined {
  return analysis.listenerSets
    ?.find(l => `${l.namespace}/${l.name}` === key)
    ?.conditions.map(c => `${c.type}=${c.status}/${c.reason}`);
}
