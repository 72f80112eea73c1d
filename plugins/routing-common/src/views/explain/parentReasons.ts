import { effectiveHostnames } from '../../gatewayApi/hostnames';
import { kindRefusal, namespaceRefusal } from '../../semantics/allowedRoutes';
import { listWords } from '../../semantics/conditions';
import type { ListenerJudgement } from '../../semantics/listenerConditions';
import type { GatewayModel } from '../../semantics/model';
import { listenerName, parentListeners } from './allowedRoutesReasons';
import type { ParentSurroundings, ReasonExplainer } from './types';

const plural = (count: number, word: string) =>
  count === 1 ? word : `${word}s`;

/**
 * NoMatchingParent: the Gateway does not exist (a parentRef without namespace looks in the
 * route's own), or it has no listener with the parentRef's sectionName or port; the fix names
 * the listeners it has.
 */
export const explainNoMatchingParent: ReasonExplainer = (
  _condition,
  around,
) => {
  const { parent, parentRef, gateway, route } = around;
  const name = `${parent.namespace}/${parent.name}`;
  if (!gateway) {
    const ownNamespace =
      parentRef.namespace === undefined
        ? ` (a parentRef without namespace means the route's own namespace, ${route.namespace})`
        : '';
    return `Gateway ${name}, which this route names as its parent, does not exist${ownNamespace}: fix the parentRef's name and namespace, or create the Gateway`;
  }
  if (parentListeners({ ...around, gateway }).selected.length > 0)
    return undefined;
  const wanted = [
    parent.sectionName !== undefined ? `named ${parent.sectionName}` : '',
    parent.port !== undefined ? `on port ${parent.port}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (gateway.listeners.length === 0) {
    return `Gateway ${name} has no listeners at all: ask its owners to add one`;
  }
  const fields = [
    parent.sectionName !== undefined ? 'sectionName' : '',
    parent.port !== undefined ? 'port' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const listeners = gateway.listeners.map(
    l => `${l.name} (${l.protocol}, port ${l.port})`,
  );
  return `Gateway ${name} has no listener ${wanted}; its ${plural(
    listeners.length,
    'listener',
  )} ${listeners.length === 1 ? 'is' : 'are'} ${listWords(
    listeners,
  )}: set the parentRef's ${fields} to match one of them`;
};

/** Whether a listener would take the route but for its hostnames. */
function admits(judgement: ListenerJudgement, around: ParentSurroundings) {
  const { gateway, route, inventory } = around;
  return (
    judgement.accepted &&
    gateway !== undefined &&
    !kindRefusal(
      gateway,
      judgement.listener,
      judgement.supportedKinds,
      route.kind,
    ) &&
    !namespaceRefusal(
      gateway,
      judgement.listener,
      route.namespace,
      inventory.namespaceLabels,
    )
  );
}

/** A hostname the listener takes, modelled on the one the route asks for. */
function suggestHostname(listenerHostname: string, routeHostname: string) {
  if (!listenerHostname.startsWith('*.')) return `${listenerHostname} itself`;
  const suffix = listenerHostname.slice(2);
  const label = routeHostname.startsWith('*.')
    ? '*'
    : routeHostname.split('.')[0];
  return `a hostname under ${suffix}, such as ${label}.${suffix}`;
}

function refusedBy(gateway: GatewayModel, judged: ListenerJudgement[]) {
  if (judged.length === 1) {
    const { listener } = judged[0];
    return `${listenerName(
      gateway,
      listener.name,
    )} accepts only hostnames matching ${listener.hostname}`;
  }
  const each = judged.map(
    ({ listener }) => `${listener.name} (${listener.hostname})`,
  );
  return `listeners ${listWords(each)} of ${gateway.namespace}/${
    gateway.name
  } accept none of the route's hostnames`;
}

/**
 * NoMatchingListenerHostname: the hostnames the listeners the parentRef selects accept, against
 * the route's; the fix suggests a hostname they take, or the listeners of the Gateway that
 * would take the route's hostnames.
 */
export const explainHostnameMismatch: ReasonExplainer = (
  _condition,
  around,
) => {
  const { gateway, route } = around;
  if (!gateway || route.hostnames.length === 0) return undefined;
  const { all, selected } = parentListeners({ ...around, gateway });
  const candidates = selected.filter(j => admits(j, around));
  const matches = (j: ListenerJudgement) =>
    effectiveHostnames(j.listener.hostname, route.hostnames).length > 0;
  if (candidates.length === 0 || candidates.some(matches)) return undefined;
  const elsewhere = all
    .filter(j => !selected.includes(j) && admits(j, around) && matches(j))
    .map(j => j.listener.name);
  const other =
    elsewhere.length > 0
      ? `set the parentRef's sectionName to ${listWords(
          elsewhere,
        )}, which accept${elsewhere.length === 1 ? 's' : ''} them`
      : `attach it to a listener whose hostname covers them`;
  return `${refusedBy(gateway, candidates)}; this route asks for ${listWords(
    route.hostnames,
  )}: use ${suggestHostname(
    candidates[0].listener.hostname ?? '',
    route.hostnames[0],
  )}, or ${other}`;
};
