import { effectiveHostnames } from '../gatewayApi/hostnames';
import { selectsListener } from '../gatewayApi/parentRefs';
import type { NormalizedParentRef } from '../gatewayApi/parentRefs';
import type { RouteCondition } from '../types/routes';
import { kindRefusal, namespaceRefusal } from './allowedRoutes';
import { condition, listWords } from './conditions';
import type { ListenerJudgement } from './listenerConditions';
import type { GatewayModel, ListenerOwner, RouteModel } from './model';

/** The verdict on one parentRef that names an existing Gateway. */
export interface Attachment {
  /** The route's Accepted condition for this parent. */
  accepted: RouteCondition;
  /** Names of the listeners the route attached to (empty when refused). */
  listeners: string[];
}

/** The listeners a parentRef selects: by its sectionName and port, when given. */
export function selectedListeners(
  ref: NormalizedParentRef,
  judgements: ListenerJudgement[],
): ListenerJudgement[] {
  return judgements.filter(({ listener }) => selectsListener(ref, listener));
}

function noMatchingParent(
  owner: ListenerOwner,
  ref: NormalizedParentRef,
): string {
  const named =
    ref.sectionName !== undefined ? ` named ${ref.sectionName}` : '';
  const port = ref.port !== undefined ? ` on port ${ref.port}` : '';
  return `${owner.kind ?? 'Gateway'} ${owner.namespace}/${
    owner.name
  } has no listener${named}${port}`;
}

function hostnameRefusal(
  gatewayName: string,
  route: RouteModel,
  judged: ListenerJudgement[],
) {
  const described = judged.map(({ listener }) =>
    judged.length === 1
      ? `listener ${listener.name} of ${gatewayName} only accepts hostnames matching ${listener.hostname}`
      : `${listener.name} (${listener.hostname})`,
  );
  const asks = `this route asks for ${listWords(route.hostnames)}`;
  return judged.length === 1
    ? `${described[0]}; ${asks}`
    : `listeners ${listWords(
        described,
      )} of ${gatewayName} accept none of the route's hostnames; ${asks}`;
}

/**
 * Decides whether a route attaches to a Gateway through one parentRef, in the spec's order:
 * the listeners the parentRef selects by sectionName and port (none: NoMatchingParent); of
 * those, the ones whose allowedRoutes admit the route's kind and namespace (none:
 * NotAllowedByListeners); of those, the ones whose hostname intersects the route's hostnames
 * (none: NoMatchingListenerHostname). The route is Accepted on every listener left. The
 * parent may be a ListenerSet: its listeners are judged the same way, `Same` meaning the
 * ListenerSet's namespace.
 */
export function attachToGateway(
  route: RouteModel,
  ref: NormalizedParentRef,
  gateway: GatewayModel & ListenerOwner,
  judgements: ListenerJudgement[],
  labelsByNamespace: Map<string, Record<string, string>>,
): Attachment {
  const gatewayName = `${gateway.kind ? `${gateway.kind} ` : ''}${
    gateway.namespace
  }/${gateway.name}`;
  const refuse = (reason: string, message: string): Attachment => ({
    accepted: condition('Accepted', false, reason, message),
    listeners: [],
  });
  const selected = selectedListeners(ref, judgements);
  if (selected.length === 0)
    return refuse('NoMatchingParent', noMatchingParent(gateway, ref));

  const refusals: string[] = [];
  const allowed = selected.filter(judgement => {
    const { listener } = judgement;
    const why = !judgement.accepted
      ? `listener ${listener.name} of ${gatewayName} is not accepted (${judgement.conditions[0].reason})`
      : kindRefusal(gateway, listener, judgement.supportedKinds, route.kind) ??
        namespaceRefusal(gateway, listener, route.namespace, labelsByNamespace);
    if (why) refusals.push(why);
    return !why;
  });
  if (allowed.length === 0)
    return refuse('NotAllowedByListeners', refusals.join('; '));

  const matching = allowed.filter(
    ({ listener }) =>
      effectiveHostnames(listener.hostname, route.hostnames).length > 0,
  );
  if (matching.length === 0) {
    return refuse(
      'NoMatchingListenerHostname',
      hostnameRefusal(gatewayName, route, allowed),
    );
  }
  const names = matching.map(({ listener }) => listener.name);
  return {
    accepted: condition(
      'Accepted',
      true,
      'Accepted',
      `attached to ${names.length === 1 ? 'listener' : 'listeners'} ${listWords(
        names,
      )} of ${gatewayName}`,
    ),
    listeners: names,
  };
}
