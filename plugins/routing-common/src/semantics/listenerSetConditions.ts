import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { RouteCondition } from '../types/routes';
import { condition } from './conditions';
import { gatewayAccepted } from './gatewayConditions';
import { judgeListener } from './listenerConditions';
import type {
  ListenerJudgement,
  ListenerReferences,
} from './listenerConditions';
import { listenerSetConflicts } from './listenerConflicts';
import type { ListenerConflict } from './listenerConflicts';
import {
  byListenerSetPrecedence,
  listenerSetRefusal,
} from './listenerSetAdmission';
import type { Inventory, ListenerSetModel } from './model';

/** What an implementation would say of a ListenerSet and its listeners. */
export interface ListenerSetJudgement {
  listenerSet: ListenerSetModel;
  /** `namespace/name` of the Gateway its parentRef names. */
  gatewayKey: string;
  /** Accepted=True: its Gateway takes it and its listeners join the Gateway's. */
  accepted: boolean;
  /** Accepted, then Programmed. */
  conditions: RouteCondition[];
  /** Its listeners' verdicts; none takes routes when the ListenerSet is not accepted. */
  listeners: ListenerJudgement[];
}

/** Why a ListenerSet's parent does not take it: the reasons of its Accepted and Programmed. */
interface ParentRefusal {
  accepted: string;
  programmed: string;
  message: string;
}

/** `namespace/name` of the Gateway a ListenerSet's parentRef names. */
export function parentGatewayKey(listenerSet: ListenerSetModel): string {
  const { parentRef } = listenerSet;
  return `${parentRef.namespace ?? listenerSet.namespace}/${parentRef.name}`;
}

function parentRefusal(
  listenerSet: ListenerSetModel,
  inventory: Inventory,
  judgementsByGateway: Map<string, ListenerJudgement[]>,
): ParentRefusal | undefined {
  const group = listenerSet.parentRef.group ?? GATEWAY_API_GROUP;
  const kind = listenerSet.parentRef.kind ?? 'Gateway';
  const key = parentGatewayKey(listenerSet);
  if (group !== GATEWAY_API_GROUP || kind !== 'Gateway') {
    return {
      accepted: 'Invalid',
      programmed: 'Invalid',
      message: `its parentRef names a ${kind} of group ${group}; the parent of a ListenerSet is a Gateway`,
    };
  }
  const gateway = inventory.gateways.get(key);
  if (!gateway) {
    return {
      accepted: 'ParentNotAccepted',
      programmed: 'ParentNotProgrammed',
      message: `its parent Gateway ${key} does not exist`,
    };
  }
  const refusal = listenerSetRefusal(
    gateway,
    listenerSet,
    inventory.namespaceLabels,
  );
  if (refusal) {
    return {
      accepted: 'NotAllowed',
      programmed: 'NotAllowed',
      message: refusal,
    };
  }
  const parent = gatewayAccepted(gateway, judgementsByGateway.get(key) ?? []);
  if (parent.status === 'True') return undefined;
  return {
    accepted: 'ParentNotAccepted',
    programmed: 'ParentNotProgrammed',
    message: `its parent Gateway ${key} is not accepted (${parent.reason})`,
  };
}

/**
 * The listeners of a ListenerSet its Gateway does not take: judged on their own (protocol,
 * kinds, certificates), but neither Accepted nor Programmed, for the ListenerSet's reason.
 */
function refusedListeners(
  listenerSet: ListenerSetModel,
  refusal: ParentRefusal,
  references: ListenerReferences,
): ListenerJudgement[] {
  const why = `ListenerSet ${listenerSet.namespace}/${listenerSet.name} is not accepted: ${refusal.message}`;
  return listenerSet.listeners.map(listener => {
    const judged = judgeListener(listenerSet, listener, references);
    return {
      ...judged,
      accepted: false,
      conditions: judged.conditions.map(c => {
        if (c.type === 'Accepted')
          return condition('Accepted', false, refusal.accepted, why);
        if (c.type === 'Programmed')
          return condition('Programmed', false, refusal.programmed, why);
        return c;
      }),
    };
  });
}

function refused(
  listenerSet: ListenerSetModel,
  refusal: ParentRefusal,
  references: ListenerReferences,
): ListenerSetJudgement {
  const where = `ListenerSet ${listenerSet.namespace}/${listenerSet.name}`;
  return {
    listenerSet,
    gatewayKey: parentGatewayKey(listenerSet),
    accepted: false,
    conditions: [
      condition(
        'Accepted',
        false,
        refusal.accepted,
        `${where} is not accepted: ${refusal.message}`,
      ),
      condition(
        'Programmed',
        false,
        refusal.programmed,
        `${where} cannot be programmed: ${refusal.message}`,
      ),
    ],
    listeners: refusedListeners(listenerSet, refusal, references),
  };
}

function taken(
  listenerSet: ListenerSetModel,
  conflicts: Map<string, ListenerConflict>,
  references: ListenerReferences,
): ListenerSetJudgement {
  const where = `ListenerSet ${listenerSet.namespace}/${listenerSet.name}`;
  const gatewayKey = parentGatewayKey(listenerSet);
  const listeners = listenerSet.listeners.map(listener =>
    judgeListener(
      listenerSet,
      listener,
      references,
      conflicts.get(listener.name),
    ),
  );
  const accepted = gatewayAccepted(listenerSet, listeners);
  const ok = accepted.status === 'True';
  return {
    listenerSet,
    gatewayKey,
    accepted: ok,
    conditions: [
      accepted,
      ok
        ? condition(
            'Programmed',
            true,
            'Programmed',
            `${where} would be programmed into Gateway ${gatewayKey} by a controller`,
          )
        : condition(
            'Programmed',
            false,
            accepted.reason,
            `${where} is not accepted and cannot be programmed`,
          ),
    ],
    listeners: ok ? listeners : listeners.map(l => ({ ...l, accepted: false })),
  };
}

/**
 * Judges every ListenerSet, by `namespace/name`. Accepted is False with Invalid when its
 * parentRef is not a Gateway, ParentNotAccepted when that Gateway is missing or not accepted,
 * NotAllowed when the Gateway's allowedListeners does not take its namespace (Programmed
 * False with the same reason, as the conformance suite asserts; ParentNotProgrammed for a
 * parent not accepted). A ListenerSet its Gateway takes has its listeners judged as the
 * Gateway's are (see judgeListener, with ReferenceGrants from the ListenerSet's namespace and
 * kind), conflicts counted against the Gateway's listeners and the ListenerSets before it
 * (see listenerSetConflicts), and Accepted as a Gateway's (see gatewayAccepted).
 */
export function judgeListenerSets(
  inventory: Inventory,
  judgementsByGateway: Map<string, ListenerJudgement[]>,
): Map<string, ListenerSetJudgement> {
  const refusals = new Map(
    inventory.listenerSets.map(ls => [
      ls,
      parentRefusal(ls, inventory, judgementsByGateway),
    ]),
  );
  const byGateway = new Map<string, ListenerSetModel[]>();
  for (const ls of inventory.listenerSets) {
    if (refusals.get(ls)) continue;
    const key = parentGatewayKey(ls);
    byGateway.set(key, [...(byGateway.get(key) ?? []), ls]);
  }
  const conflicts = new Map<ListenerSetModel, Map<string, ListenerConflict>>();
  for (const [key, sets] of byGateway) {
    const ordered = [...sets].sort(byListenerSetPrecedence);
    const own = (judgementsByGateway.get(key) ?? [])
      .filter(j => j.accepted)
      .map(j => j.listener);
    const gateway = inventory.gateways.get(key)!;
    listenerSetConflicts(
      { owner: gateway, listeners: own },
      ordered.map(ls => ({ owner: ls, listeners: ls.listeners })),
    ).forEach((found, i) => conflicts.set(ordered[i], found));
  }
  const judged = new Map<string, ListenerSetJudgement>();
  for (const ls of inventory.listenerSets) {
    const refusal = refusals.get(ls);
    judged.set(
      `${ls.namespace}/${ls.name}`,
      refusal
        ? refused(ls, refusal, inventory)
        : taken(ls, conflicts.get(ls) ?? new Map(), inventory),
    );
  }
  return judged;
}
