import type { Finding } from '../types/findings';
import { analyzedListener, listenerFindings } from './analyzedListeners';
import type { ListenerSetJudgement } from './listenerSetConditions';
import { attachmentKey } from './listenerSetParents';
import type { GatewayModel } from './model';
import type { AnalyzedListenerSet } from './types';

/**
 * The ListenerSets in the analysis' shape, each listener with its attachedRoutes (from
 * `attached`, keyed as attachmentKey says), and their findings: an error for each ListenerSet
 * not accepted, and, for one its Gateway takes, an error for each listener condition that is
 * False (Programmed aside, which only follows the others), as for a Gateway's listeners.
 */
export function analyzeListenerSets(
  judgements: ReadonlyMap<string, ListenerSetJudgement>,
  attached: ReadonlyMap<string, ReadonlySet<string>>,
): { listenerSets: AnalyzedListenerSet[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const listenerSets = [...judgements].map(([key, judged]) => {
    const { listenerSet, conditions } = judged;
    const [accepted] = conditions;
    const refusedByParent =
      accepted.status === 'False' && accepted.reason !== 'ListenersNotValid';
    if (accepted.status === 'False') {
      findings.push({
        severity: 'error',
        code: accepted.reason,
        message: accepted.message,
      });
    }
    return {
      namespace: listenerSet.namespace,
      name: listenerSet.name,
      parentRef: listenerSet.parentRef,
      conditions,
      listeners: judged.listeners.map(judgement => {
        if (!refusedByParent) findings.push(...listenerFindings(judgement));
        return analyzedListener(
          judgement,
          attached.get(
            attachmentKey({ listenerSetKey: key }, judgement.listener.name),
          )?.size ?? 0,
        );
      }),
    };
  });
  return { listenerSets, findings };
}

/**
 * A Gateway's status.attachedListenerSets: the Accepted ListenerSets naming it. Undefined
 * when the Gateway sets no allowedListeners and no ListenerSet names it.
 */
export function attachedListenerSets(
  gatewayKey: string,
  gateway: GatewayModel,
  judgements: ReadonlyMap<string, ListenerSetJudgement>,
): number | undefined {
  const naming = [...judgements.values()].filter(
    j => j.gatewayKey === gatewayKey,
  );
  if (!gateway.allowedListeners && naming.length === 0) return undefined;
  return naming.filter(j => j.accepted).length;
}
