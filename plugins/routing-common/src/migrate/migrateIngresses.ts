import type { KubernetesObject } from '../kubernetes/objects';
import {
  buildIngressInventory,
  describeObject,
  namespaceOf,
} from '../ingress/model';
import { annotationNotes } from './annotations';
import { GatewayBuilder, migrationClassOf } from './gateways';
import { draftRoutes } from './routes';
import {
  GATEWAY_API_VERSION,
  MigrateOptions,
  Migration,
  MigrationNote,
} from './types';

/**
 * Converts `networking.k8s.io/v1` Ingresses to Gateway API objects, like ingress2gateway.
 * Pure: no I/O; Services and IngressClasses in `objects` are lookup data, other kinds ignored.
 *
 * - One HTTPRoute per Ingress, same name, namespace and labels; when rules name several hosts,
 *   one HTTPRoute per host named `<ingress>-<host, dots as dashes>` (`*` as `wildcard`, no host
 *   as `any-host`), so each host keeps exactly its own paths.
 * - Paths: Prefix to PathPrefix, Exact to Exact, ImplementationSpecific to PathPrefix (noted).
 * - Service backends to backendRefs; a port name is resolved against the Service in the input,
 *   else noted as needing a fix. Resource backends are noted and not carried.
 * - `spec.defaultBackend` to a catch-all HTTPRoute `<ingress>-default-backend` without hostnames.
 * - With `options.gateway`, every HTTPRoute attaches to it and TLS is a note. Without it, one
 *   Gateway per ingress class (HTTP on 80, HTTPS on 443 per TLS host) is generated.
 * - Every annotation (but the legacy class one) and wildcard host is noted.
 */
export function migrateIngresses(
  objects: KubernetesObject[],
  options: MigrateOptions = {},
): Migration {
  const inventory = buildIngressInventory(objects);
  const notes: MigrationNote[] = [];
  const routes: KubernetesObject[] = [];
  const gateways = new GatewayBuilder();
  for (const ingress of inventory.ingresses) {
    const { drafts, notes: routeNotes } = draftRoutes(ingress, inventory);
    notes.push(...routeNotes, ...annotationNotes(ingress));
    let parentRef: Record<string, string>;
    if (options.gateway) {
      const { namespace, name, sectionName } = options.gateway;
      parentRef = { namespace, name, ...(sectionName ? { sectionName } : {}) };
      if (Array.isArray(ingress.spec?.tls) && ingress.spec.tls.length > 0)
        notes.push({
          object: describeObject(ingress),
          field: 'spec.tls',
          message: `TLS not carried over: certificates belong on the listeners of the shared Gateway ${namespace}/${name}`,
        });
    } else {
      const className = migrationClassOf(ingress, inventory);
      if (className.note) notes.push(className.note);
      const gateway = gateways.gatewayFor(className.name, ingress);
      gateways.addTls(gateway, ingress);
      parentRef = {
        namespace: namespaceOf(gateway),
        name: gateway.metadata?.name ?? '',
      };
    }
    const labels = ingress.metadata?.labels;
    for (const draft of drafts) {
      routes.push({
        apiVersion: GATEWAY_API_VERSION,
        kind: 'HTTPRoute',
        metadata: {
          name: draft.name,
          namespace: namespaceOf(ingress),
          ...(labels ? { labels: { ...labels } } : {}),
        },
        spec: {
          parentRefs: [{ ...parentRef }],
          ...(draft.hostnames.length
            ? { hostnames: [...draft.hostnames] }
            : {}),
          rules: draft.rules,
        },
      });
    }
  }
  notes.push(...gateways.notes);
  return { objects: [...gateways.all(), ...routes], notes };
}
