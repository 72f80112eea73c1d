import { intersectHostname } from '../gatewayApi/hostnames';
import type { KubernetesObject } from '../kubernetes/objects';
import { routeHostnames } from '../kubernetes/routeReferences';
import { asArray } from '../kubernetes/objectFields';

/** The rule hosts of some Ingresses, each once, in order. */
export function ingressHosts(ingresses: KubernetesObject[]): string[] {
  return [
    ...new Set(
      ingresses.flatMap(ingress => routeHostnames('ingress', ingress)),
    ),
  ];
}

/**
 * The plain-HTTP listener of a shared Gateway for the ssl-redirect route of some Ingresses
 * (`MigrateOptions.gateway.httpSectionName`): a listener with protocol HTTP, other than the
 * routes' own `sectionName`, whose hostname takes every rule host of the Ingresses (a listener
 * without hostname takes all). Of several, one on port 80 comes first, then the Gateway's
 * order. Undefined when none fits: the converter then attaches that route by port 80.
 *
 * @public
 */
export function plainHttpListener(
  gateway: KubernetesObject,
  ingresses: KubernetesObject[],
  sectionName?: string,
): string | undefined {
  const hosts = ingressHosts(ingresses);
  const listeners = asArray(gateway.spec?.listeners);
  const fitting = listeners.filter(
    listener =>
      listener?.protocol === 'HTTP' &&
      typeof listener.name === 'string' &&
      listener.name !== sectionName &&
      hosts.every(
        host => intersectHostname(listener.hostname, host) !== undefined,
      ),
  );
  return (fitting.find(listener => listener.port === 80) ?? fitting[0])?.name;
}
