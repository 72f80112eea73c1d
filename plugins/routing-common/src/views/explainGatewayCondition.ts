import type { KubernetesObject } from '../kubernetes/objects';
import { listWords } from '../semantics/conditions';
import type { AnalyzedGateway } from '../semantics/types';
import type { RouteCondition } from '../types/routes';
import { gatewayClassProblem } from './explain/gatewayClassProblem';
import { quoted } from './explain/types';

/**
 * A Gateway and what is known around it, for {@link explainGatewayCondition}.
 *
 * @public
 */
export interface GatewaySurroundings {
  /** The Gateway as in the cluster, with its status when a controller wrote one. */
  gateway: KubernetesObject;
  /** Its GatewayClass; undefined when the cluster has none of that name. */
  gatewayClass?: KubernetesObject;
  /** Portway's analysis of the Gateway, read when its status says nothing of its listeners. */
  analyzed?: AnalyzedGateway;
  /** The condition is Portway's prediction: no controller has written the Gateway's status. */
  predicted?: boolean;
}

interface Named {
  name: string;
  conditions: RouteCondition[];
}

/** A listener's first problem: a refusal or unresolved reference before its Programmed=False. */
function listenerProblem({ name, conditions }: Named): string | undefined {
  const problem =
    conditions.find(
      c =>
        (c.type === 'Conflicted' && c.status === 'True') ||
        (['Accepted', 'ResolvedRefs'].includes(c.type) && c.status === 'False'),
    ) ?? conditions.find(c => c.type === 'Programmed' && c.status === 'False');
  return (
    problem && `listener ${name}: ${problem.reason}${quoted(problem.message)}`
  );
}

function invalid(where: string, around: GatewaySurroundings) {
  const status = around.gateway.status;
  const listeners: Named[] =
    status?.listeners?.length > 0
      ? status.listeners
      : around.analyzed?.listeners ?? [];
  const problems = listeners
    .map(listenerProblem)
    .filter((p): p is string => p !== undefined);
  if (problems.length > 0) {
    return `${where} is invalid, so it is not programmed and its routes get no traffic; ${listWords(
      problems,
    )}: fix ${
      problems.length === 1 ? 'that listener' : 'those listeners'
    } in the Gateway's spec`;
  }
  const conditions: RouteCondition[] =
    status?.conditions ?? around.analyzed?.conditions ?? [];
  const accepted = conditions.find(
    c => c.type === 'Accepted' && c.status !== 'True',
  );
  return accepted
    ? `${where} is not accepted (${accepted.reason}${quoted(
        accepted.message,
      )}), so it is not programmed and its routes get no traffic: fix what that names in the Gateway's spec`
    : undefined;
}

function requestedAddresses(gateway: KubernetesObject): string[] {
  const addresses: Array<{ value?: string }> = gateway.spec?.addresses ?? [];
  return addresses
    .map(address => address.value)
    .filter((value): value is string => Boolean(value));
}

function pending(where: string, around: GatewaySurroundings) {
  const { gateway, gatewayClass } = around;
  const problem = gatewayClassProblem(
    {
      namespace: gateway.metadata?.namespace ?? 'default',
      name: gateway.metadata?.name ?? '',
      gatewayClassName: gateway.spec?.gatewayClassName,
    },
    gatewayClass,
  );
  return `no controller has programmed ${where} yet${
    problem
      ? `: ${problem}`
      : `; if this lasts, read the logs of the controller of GatewayClass ${gateway.spec?.gatewayClassName}`
  }`;
}

type GatewayExplainer = (
  where: string,
  around: GatewaySurroundings,
) => string | undefined;

/** The explainer of each reason a Gateway's Programmed condition is False. */
const EXPLAINERS: Record<string, GatewayExplainer> = {
  Invalid: invalid,
  AddressNotAssigned: (where, { gateway }) => {
    const requested = requestedAddresses(gateway);
    return requested.length > 0
      ? `${where} has no address yet: the addresses its spec.addresses asks for (${listWords(
          requested,
        )}) could not be assigned: check that they are free and in the range the controller may use, or remove them`
      : `${where} has no address yet: its controller could not get one (a LoadBalancer Service waiting for an external IP, say): check that the cluster can provide load balancers (a cloud provider, MetalLB) or give the Gateway spec.addresses`;
  },
  AddressNotUsable: (where, { gateway }) =>
    `${where} asks for addresses its controller cannot use (${listWords(
      requestedAddresses(gateway),
    )}): remove them from spec.addresses or ask for ones the controller can use`,
  NoResources: where =>
    `${where} cannot be programmed because its controller lacks resources for it (its data-plane pods cannot be scheduled, say): check the pods and events in the Gateway's namespace and the controller's logs`,
  Pending: pending,
};

/**
 * The reasons {@link explainGatewayCondition} explains from the Gateway and its class.
 *
 * @public
 */
export const EXPLAINED_GATEWAY_REASONS = Object.keys(EXPLAINERS);

/**
 * A sentence in plain words, with the fix, for a Gateway's Programmed (or other) condition that
 * is False or Unknown: an invalid Gateway names its broken listeners, a missing address what
 * to check, a Gateway no controller has taken its GatewayClass's trouble. Undefined for a True
 * condition, unless it is Portway's prediction (`predicted`), which always says that no
 * controller has written the Gateway's status and why that may be.
 *
 * @public
 */
export function explainGatewayCondition(
  condition: RouteCondition,
  around: GatewaySurroundings,
): string | undefined {
  const metadata = around.gateway.metadata;
  const where = `Gateway ${metadata?.namespace ?? 'default'}/${metadata?.name}`;
  if (around.predicted) {
    const prediction =
      condition.status === 'True'
        ? condition.message
        : EXPLAINERS[condition.reason]?.(where, around) ?? condition.message;
    return `${pending(
      where,
      around,
    )}. Portway's analysis of its spec: ${prediction}`;
  }
  if (condition.status === 'True') return undefined;
  const explainer =
    condition.status === 'Unknown' ? pending : EXPLAINERS[condition.reason];
  return (
    explainer?.(where, around) ??
    `the controller set ${condition.type} of ${where} to ${condition.status} (${
      condition.reason
    })${quoted(
      condition.message,
    )}: fix what it names; the condition changes when the controller next reconciles the Gateway`
  );
}
