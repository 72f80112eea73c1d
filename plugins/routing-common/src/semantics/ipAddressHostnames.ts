import { asArray, describeObject } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';
import type { Finding } from '../types/findings';
import { isIpv4Address } from '../validation/ipAddress';

/** The hostname fields of an HTTPRoute or GRPCRoute, and of the listeners of a Gateway or ListenerSet. */
function hostnameFields(object: KubernetesObject): [string, unknown][] {
  if (object.kind === 'HTTPRoute' || object.kind === 'GRPCRoute')
    return asArray(object.spec?.hostnames).map((hostname, i) => [
      `spec.hostnames[${i}]`,
      hostname,
    ]);
  if (object.kind === 'Gateway' || object.kind === 'ListenerSet')
    return asArray(object.spec?.listeners).map((listener, i) => [
      `spec.listeners[${i}].hostname`,
      listener?.hostname,
    ]);
  return [];
}

/**
 * InvalidHostname (warning) for an IP address where the Gateway API wants a hostname. Its
 * Hostname type does not allow IPs, but the pattern of the HTTPRoute, GRPCRoute, Gateway and
 * ListenerSet CRDs lets an IPv4 address through (only TLSRoute's CRD refuses it), so the API
 * server stores the object and what an implementation makes of it is not specified.
 */
export function ipAddressHostnames(objects: KubernetesObject[]): Finding[] {
  return objects.flatMap(object =>
    hostnameFields(object)
      .filter(
        ([, hostname]) =>
          typeof hostname === 'string' && isIpv4Address(hostname),
      )
      .map(([field, hostname]) => ({
        severity: 'warning' as const,
        code: 'InvalidHostname',
        field,
        message: `${describeObject(
          object,
        )}: ${field} ${hostname} is an IP address, which the Gateway API does not allow as a hostname; the API server accepts it, and what an implementation does with it is not specified: leave the hostname out to take requests for any host`,
      })),
  );
}
