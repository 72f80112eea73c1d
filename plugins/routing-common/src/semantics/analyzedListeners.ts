import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { Finding } from '../types/findings';
import type { ListenerJudgement } from './listenerConditions';
import type { AnalyzedListener } from './types';

/** A judged listener (of a Gateway or a ListenerSet) in the analysis' shape. */
export function analyzedListener(
  { listener, conditions, supportedKinds }: ListenerJudgement,
  attachedRoutes: number,
): AnalyzedListener {
  return {
    name: listener.name,
    attachedRoutes,
    conditions,
    supportedKinds: supportedKinds.map(kind => ({
      group: GATEWAY_API_GROUP,
      kind,
    })),
  };
}

/** An error for each False condition of a listener; Programmed aside, which only follows the others. */
export function listenerFindings({ conditions }: ListenerJudgement): Finding[] {
  return conditions
    .filter(c => c.status === 'False' && c.type !== 'Programmed')
    .map(c => ({ severity: 'error', code: c.reason, message: c.message }));
}
