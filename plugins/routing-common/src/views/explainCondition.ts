import { normalizeParentRef, refersToGateway } from '../gatewayApi/parentRefs';
import type { KubernetesObject } from '../kubernetes/objects';
import { buildInventory } from '../semantics/inventory';
import type { Inventory, RouteModel } from '../semantics/model';
import type { ParentView, RouteCondition } from '../types/routes';
import {
  explainHostnameMismatch,
  explainNoMatchingParent,
} from './explain/parentReasons';
import { explainNotAllowed } from './explain/allowedRoutesReasons';
import {
  explainBackendNotFound,
  explainInvalidKind,
  explainRefNotPermitted,
  explainUnsupportedProtocol,
} from './explain/backendReasons';
import { gatewayClassProblem } from './explain/gatewayClassProblem';
import type { ReasonExplainer } from './explain/types';
import { quoted, writer } from './explain/types';

/** Pending (or any Unknown condition): no controller has decided, and why it may never. */
const explainPending: ReasonExplainer = (condition, around) => {
  const { gateway, parent } = around;
  if (!gateway) return explainNoMatchingParent(condition, around);
  const waiting = `no controller has decided yet whether Gateway ${parent.namespace}/${parent.name} takes this route`;
  const problem = gatewayClassProblem(
    gateway,
    around.gatewayClasses.get(gateway.gatewayClassName ?? ''),
  );
  return problem
    ? `${waiting}: ${problem}`
    : `${waiting}${quoted(
        condition.message,
      )}; this normally takes seconds: if it lasts, read the logs of the controller of GatewayClass ${
        gateway.gatewayClassName
      }`;
};

const explainUnsupportedValue: ReasonExplainer = (condition, around) =>
  `${writer(around)} does not support a value this route uses${quoted(
    condition.message,
  )}: change that field to a value the implementation supports (its documentation lists what it conforms to), or remove it`;

const explainIncompatibleFilters: ReasonExplainer = (condition, around) =>
  `${writer(around)} cannot apply this route's filters together${quoted(
    condition.message,
  )}: remove one of the conflicting filters, or split the rule in two`;

/** The explainer of each reason Gateway API controllers (and Portway's analysis) give a route. */
const EXPLAINERS: Record<string, ReasonExplainer> = {
  NotAllowedByListeners: explainNotAllowed,
  NoMatchingListenerHostname: explainHostnameMismatch,
  NoMatchingParent: explainNoMatchingParent,
  UnsupportedValue: explainUnsupportedValue,
  IncompatibleFilters: explainIncompatibleFilters,
  Pending: explainPending,
  RefNotPermitted: explainRefNotPermitted,
  BackendNotFound: explainBackendNotFound,
  InvalidKind: explainInvalidKind,
  UnsupportedProtocol: explainUnsupportedProtocol,
};

/**
 * The reasons {@link explainCondition} explains from the objects around the route.
 *
 * @public
 */
export const EXPLAINED_REASONS = Object.keys(EXPLAINERS);

/**
 * A route and the objects around it, indexed once to explain the conditions of all its parents.
 *
 * @public
 */
export interface RouteSurroundings {
  /** The route, as the analysis reads it. */
  route: RouteModel;
  /** The objects around the route, indexed. */
  inventory: Inventory;
  /** The GatewayClasses around the route by name. */
  gatewayClasses: ReadonlyMap<string, KubernetesObject>;
}

/**
 * The objects around some routes, indexed once for the {@link routeSurroundings} of each.
 *
 * @public
 */
export type IndexedNeighbourhood = Omit<RouteSurroundings, 'route'>;

/**
 * Indexes the objects around routes (their parent Gateways and GatewayClasses, Services,
 * Namespaces, ReferenceGrants: what `routeNeighbourhood` gives), so that routes sharing them
 * (those of one Gateway) are explained without indexing them again.
 *
 * @public
 */
export function indexNeighbourhood(
  neighbourhood: KubernetesObject[],
): IndexedNeighbourhood {
  const gatewayClasses = new Map(
    neighbourhood
      .filter(object => object.kind === 'GatewayClass')
      .map(object => [object.metadata?.name ?? '', object] as const),
  );
  return { inventory: buildInventory(neighbourhood), gatewayClasses };
}

/**
 * Indexes a Gateway API route (HTTPRoute, GRPCRoute, TLSRoute) and its neighbourhood (as
 * objects, or indexed by {@link indexNeighbourhood}) for {@link explainCondition}. Undefined for
 * other kinds.
 *
 * @public
 */
export function routeSurroundings(
  route: KubernetesObject,
  neighbourhood: KubernetesObject[] | IndexedNeighbourhood,
): RouteSurroundings | undefined {
  const [model] = buildInventory([route]).routes;
  if (!model) return undefined;
  return {
    route: model,
    ...(Array.isArray(neighbourhood)
      ? indexNeighbourhood(neighbourhood)
      : neighbourhood),
  };
}

/**
 * Whether Portway explains a condition: it is False or Unknown.
 *
 * @public
 */
export function needsExplanation(condition: RouteCondition): boolean {
  return condition.status !== 'True';
}

/**
 * A sentence in plain words, with the fix, for a False or Unknown condition that a controller
 * (or Portway's analysis) set on one parent of a route; undefined for a True one. The sentence
 * is worked out from the objects around the route with the Gateway API rules of the analysis
 * (which listener refuses it and why, which ReferenceGrant is missing where); for a reason it
 * does not know, or when the objects do not show why, it quotes the controller's message.
 *
 * @public
 */
export function explainCondition(
  condition: RouteCondition,
  parent: Pick<ParentView, 'ref' | 'controllerName' | 'conditionsFrom'>,
  around: RouteSurroundings,
): string | undefined {
  if (!needsExplanation(condition)) return undefined;
  const normalized = normalizeParentRef(parent.ref, around.route.namespace);
  const surroundings = {
    ...around,
    parentRef: parent.ref,
    parent: normalized,
    gateway: around.inventory.gateways.get(
      `${normalized.namespace}/${normalized.name}`,
    ),
    writtenBy:
      parent.conditionsFrom === 'analysis'
        ? "Portway's analysis"
        : parent.controllerName,
  };
  const explainer =
    condition.status === 'Unknown'
      ? explainPending
      : EXPLAINERS[condition.reason];
  const explained =
    refersToGateway(normalized) && explainer?.(condition, surroundings);
  return (
    explained ||
    `${writer(surroundings)} set ${condition.type} to ${condition.status} (${
      condition.reason
    })${quoted(
      condition.message,
    )}: fix what it names; the condition changes when the controller next reconciles the route`
  );
}
