import { intendedServiceHost, resolveIstioHost } from '../istio/hosts';
import { asArray, namespaceOf } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import type { NoteSink, ServiceParent } from './types';

/**
 * The Services a VirtualService's hosts name, resolved as Istio resolves them
 * ({@link resolveIstioHost}), each once: a mesh route's parent is a Service. A host that names
 * no Service (an external name, a wildcard, or `name.namespace`, which Istio does not expand)
 * cannot be a parent: it gets a warning note, naming the Service it was probably meant as.
 */
export function serviceParents(
  vs: KubernetesObject,
  services: Map<string, KubernetesObject>,
  namespaces: ReadonlySet<string>,
  notes: NoteSink,
): ServiceParent[] {
  const parents: ServiceParent[] = [];
  asArray<string>(vs.spec?.hosts).forEach((host, i) => {
    const field = `spec.hosts[${i}]`;
    const service = resolveIstioHost(String(host), namespaceOf(vs)).service;
    if (!service) {
      const meant = intendedServiceHost(String(host), namespaces);
      notes.add(
        'warning',
        field,
        `not carried over: ${host} is not a Service of the cluster${
          meant ? ` (Istio does not expand it to ${meant})` : ''
        }, and a mesh route applies to calls to a Service only; use an HTTPRoute on a Gateway (or a ServiceEntry and Istio) for other hosts`,
      );
      return;
    }
    const key = `${service.namespace}/${service.name}`;
    if (parents.some(p => `${p.namespace}/${p.name}` === key)) return;
    parents.push({ ...service, service: services.get(key), field });
  });
  return parents;
}
