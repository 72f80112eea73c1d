import { GATEWAY_API_GROUP } from '../../gatewayApi/parentRefs';
import { listWords } from '../../semantics/conditions';
import { backendPortFindings } from '../../semantics/backendPorts';
import { backendProblem } from '../../semantics/backendRefs';
import type { BackendRefUse } from '../../semantics/model';
import type { ParentSurroundings, ReasonExplainer } from './types';
import { quoted, writer } from './types';

/** The route's backendRefs that fail with `reason`, as the analysis judges them. */
function failing(around: ParentSurroundings, reason: string): BackendRefUse[] {
  const { route, inventory } = around;
  return route.backendRefs.filter(
    use => backendProblem(route, use, inventory)?.reason === reason,
  );
}

function serviceOf(use: BackendRefUse, around: ParentSurroundings) {
  return {
    namespace: use.ref.namespace ?? around.route.namespace,
    name: use.ref.name,
  };
}

/**
 * RefNotPermitted: each backendRef into another namespace that no ReferenceGrant there allows,
 * with the grant to add (its namespace, from and to).
 */
export const explainRefNotPermitted: ReasonExplainer = (_condition, around) => {
  const { route } = around;
  const refused = failing(around, 'RefNotPermitted');
  if (refused.length === 0) return undefined;
  return refused
    .map(use => {
      const { namespace, name } = serviceOf(use, around);
      return `${use.path} points at Service ${namespace}/${name} in another namespace, and no ReferenceGrant in ${namespace} lets ${route.kind}s from ${route.namespace} use it: add a ReferenceGrant in namespace ${namespace} with from {group: ${GATEWAY_API_GROUP}, kind: ${route.kind}, namespace: ${route.namespace}} and to {group: "", kind: Service, name: ${name}}`;
    })
    .join('; ');
};

/**
 * BackendNotFound: each backendRef whose Service does not exist; failing that, each one whose
 * port the Service does not expose (some controllers report that as BackendNotFound too).
 */
export const explainBackendNotFound: ReasonExplainer = (_condition, around) => {
  const missing = failing(around, 'BackendNotFound').map(use => {
    const { namespace, name } = serviceOf(use, around);
    return `${
      use.path
    } points at Service ${namespace}/${name}, which does not exist: create the Service, or fix the backendRef's name${
      use.ref.namespace ? ' and namespace' : ''
    }`;
  });
  if (missing.length > 0) return missing.join('; ');
  const { route, inventory } = around;
  const ports = backendPortFindings({ ...inventory, routes: [route] });
  if (ports.length === 0) return undefined;
  const prefix = `${route.kind} ${route.namespace}/${route.name}: `;
  return ports
    .map(
      finding =>
        `${finding.message.replace(
          prefix,
          '',
        )}: set the backendRef's port to one the Service exposes`,
    )
    .join('; ');
};

/** InvalidKind: each backendRef that is not a core Service, and what to point it at. */
export const explainInvalidKind: ReasonExplainer = (_condition, around) => {
  const { route, inventory } = around;
  const invalid = failing(around, 'InvalidKind');
  if (invalid.length === 0) return undefined;
  return `${invalid
    .map(use => backendProblem(route, use, inventory)!.message)
    .join('; ')}: point ${
    invalid.length === 1 ? 'it' : 'them'
  } at a Service (group "", kind Service), unless ${writer(
    around,
  )} documents that kind as a backend`;
};

/** UnsupportedProtocol: a backend's Service port asks for a protocol the controller cannot speak. */
export const explainUnsupportedProtocol: ReasonExplainer = (
  condition,
  around,
) => {
  const services = [
    ...new Set(
      around.route.backendRefs.map(use => {
        const { namespace, name } = serviceOf(use, around);
        return `${namespace}/${name}`;
      }),
    ),
  ];
  if (services.length === 0) return undefined;
  return `${writer(
    around,
  )} cannot speak the protocol a backend's Service port declares${quoted(
    condition.message,
  )}: change or remove the port's appProtocol on Service ${listWords(
    services,
  )} (kubernetes.io/h2c for gRPC without TLS, for example), or use a listener and route kind that carry that protocol`;
};
