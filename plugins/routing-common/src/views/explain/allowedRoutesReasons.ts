import {
  formatLabelSelector,
  matchesRequirements,
  selectorRequirements,
} from '../../kubernetes/labelSelector';
import type { LabelRequirement } from '../../kubernetes/labelSelector';
import {
  kindRefusal,
  NAMESPACE_NAME_LABEL,
  namespaceLabels,
  namespaceRefusal,
} from '../../semantics/allowedRoutes';
import { listWords } from '../../semantics/conditions';
import { selectedListeners } from '../../semantics/listenerAttachment';
import {
  judgeGatewayListeners,
  ListenerJudgement,
} from '../../semantics/listenerConditions';
import type { GatewayModel } from '../../semantics/model';
import type { ParentSurroundings, ReasonExplainer } from './types';
import { quoted, writer } from './types';

/** `listener https of infra/public`. */
export function listenerName(gateway: GatewayModel, name: string): string {
  return `listener ${name} of ${gateway.namespace}/${gateway.name}`;
}

/** The judged listeners of the parent Gateway, and those the parentRef selects. */
export function parentListeners(
  around: ParentSurroundings & {
    gateway: GatewayModel;
  },
) {
  const all = judgeGatewayListeners(around.gateway, around.inventory);
  return { all, selected: selectedListeners(around.parent, all) };
}

/** The `kubectl label` arguments that make labels satisfy the requirements they fail. */
function labelArguments(failed: LabelRequirement[]): string[] {
  return failed.map(requirement => {
    if (requirement.operator === 'In')
      return `${requirement.key}=${requirement.values?.[0] ?? ''}`;
    if (requirement.operator === 'Exists') return `${requirement.key}=<value>`;
    return `${requirement.key}-`;
  });
}

function selectorRefusal(
  where: string,
  gatewayName: string,
  requirements: LabelRequirement[],
  around: ParentSurroundings,
): string {
  const namespace = around.route.namespace;
  const labels = namespaceLabels(around.inventory.namespaceLabels, namespace);
  const failed = requirements.filter(r => !matchesRequirements(labels, [r]));
  const has = failed.map(({ key }) =>
    key in labels ? `${key}=${labels[key]}` : `no ${key} label`,
  );
  const refused = `${where} accepts routes only from namespaces labelled ${formatLabelSelector(
    requirements,
  )}; this route is in ${namespace}, which has ${listWords(has)}`;
  if (failed.some(({ key }) => key === NAMESPACE_NAME_LABEL)) {
    return `${refused}: move the route to a namespace the selector names, or ask the owners of ${gatewayName} to admit ${namespace}`;
  }
  const overwrite = failed.some(({ key }) => key in labels)
    ? ' --overwrite'
    : '';
  return `${refused}: if ${namespace} should use this listener, label it (kubectl label namespace ${namespace} ${labelArguments(
    failed,
  ).join(
    ' ',
  )}${overwrite}); otherwise ask the owners of ${gatewayName} to widen the selector`;
}

/** Why the listener's allowedRoutes.namespaces refuses the route, with the fix. */
function namespaceSentence(
  judgement: ListenerJudgement,
  around: ParentSurroundings & { gateway: GatewayModel },
): string | undefined {
  const { gateway, route, inventory } = around;
  const { listener } = judgement;
  if (
    !namespaceRefusal(
      gateway,
      listener,
      route.namespace,
      inventory.namespaceLabels,
    )
  ) {
    return undefined;
  }
  const gatewayName = `${gateway.namespace}/${gateway.name}`;
  const where = listenerName(gateway, listener.name);
  const namespaces = listener.allowedRoutes?.namespaces;
  const from = namespaces?.from ?? 'Same';
  if (from === 'Same') {
    return `${where} accepts routes only from its own namespace ${gateway.namespace}; this route is in ${route.namespace}: move the route to ${gateway.namespace}, or ask the owners of ${gatewayName} to admit ${route.namespace} (allowedRoutes.namespaces.from: Selector or All)`;
  }
  if (from === 'Selector' && namespaces?.selector) {
    return selectorRefusal(
      where,
      gatewayName,
      selectorRequirements(namespaces.selector),
      around,
    );
  }
  return from === 'Selector'
    ? `${where} accepts routes from namespaces chosen by a selector but gives none, so it accepts none: the owners of ${gatewayName} must add allowedRoutes.namespaces.selector`
    : `${where} has allowedRoutes.namespaces.from ${from}, which is not All, Same or Selector, so it accepts no route: the owners of ${gatewayName} must fix it`;
}

/** Why the listener refuses the route's kind, with the listeners of the Gateway that take it. */
function kindSentence(
  judgement: ListenerJudgement,
  all: ListenerJudgement[],
  around: ParentSurroundings & { gateway: GatewayModel },
): string | undefined {
  const { gateway, route } = around;
  const refusal = kindRefusal(
    gateway,
    judgement.listener,
    judgement.supportedKinds,
    route.kind,
  );
  if (!refusal) return undefined;
  const takers = all
    .filter(j => j.accepted && j.supportedKinds.includes(route.kind))
    .map(j => j.listener.name);
  const fix =
    takers.length > 0
      ? `set the parentRef's sectionName to ${listWords(takers)}, which accept${
          takers.length === 1 ? 's' : ''
        } ${route.kind}s`
      : `no listener of ${gateway.namespace}/${gateway.name} accepts ${route.kind}s: ask its owners for one, or use another Gateway`;
  return `${refusal}: ${fix}`;
}

/**
 * NotAllowedByListeners: for each listener the parentRef selects, why it refuses the route (the
 * listener itself is not accepted, the route's kind, or its namespace: `Same`, a selector the
 * namespace's labels do not match), with the fix.
 */
export const explainNotAllowed: ReasonExplainer = (condition, around) => {
  const { gateway } = around;
  if (!gateway) return undefined;
  const withGateway = { ...around, gateway };
  const { all, selected } = parentListeners(withGateway);
  const sentences = selected.map(judgement =>
    !judgement.accepted
      ? `${listenerName(
          gateway,
          judgement.listener.name,
        )} is itself not accepted (${
          judgement.conditions[0].reason
        }), so no route attaches to it: its Gateway's owners must fix it first`
      : kindSentence(judgement, all, withGateway) ??
        namespaceSentence(judgement, withGateway),
  );
  const refusals = sentences.filter((s): s is string => s !== undefined);
  if (refusals.length > 0) return refusals.join('; ');
  if (selected.length === 0) return undefined;
  const names = selected.map(j => j.listener.name);
  return `listener${names.length === 1 ? '' : 's'} ${listWords(names)} of ${
    gateway.namespace
  }/${gateway.name} admit${
    names.length === 1 ? 's' : ''
  } this route's kind and namespace, yet ${writer(around)} refused it${quoted(
    condition.message,
  )}. One cause the objects cannot show: an HTTPRoute and a GRPCRoute claiming the same hostname on one listener are not merged, only the older one is accepted; if so, give one of them another hostname`;
};
