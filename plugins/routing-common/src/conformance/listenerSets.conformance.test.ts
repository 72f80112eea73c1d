import { analyzeManifests } from '../analysis/analyzeManifests';
import type { Analysis, AnalyzedListenerSet } from '../semantics/types';
import {
  actualOf,
  caseObjects,
  expectedOf,
  shown,
} from './__testUtils__/conformanceCase';
import { listenerSetCases } from './cases/listenerSets';
import type {
  ExpectedListenerSet,
  ExpectedListenerSetListener,
  ListenerSetCase,
} from './cases/listenerSetExpectations';

function actualListener(
  listenerSet: AnalyzedListenerSet,
  want: ExpectedListenerSetListener,
) {
  const listener = listenerSet.listeners.find(l => l.name === want.listener);
  if (!listener)
    return { listener: want.listener, conditions: 'no such listener' };
  const kinds = listener.supportedKinds.map(k => k.kind);
  return {
    listener: want.listener,
    ...(want.attachedRoutes !== undefined
      ? { attachedRoutes: listener.attachedRoutes }
      : {}),
    // The suite checks that the kinds it names are supported, not that no other is.
    ...(want.supportedKinds !== undefined
      ? { supportedKinds: want.supportedKinds.filter(k => kinds.includes(k)) }
      : {}),
    ...(want.conditions !== undefined
      ? { conditions: shown(listener.conditions, want.conditions) }
      : {}),
  };
}

function actualListenerSet(analysis: Analysis, want: ExpectedListenerSet) {
  const listenerSet = analysis.listenerSets?.find(
    l => `${l.namespace}/${l.name}` === want.listenerSet,
  );
  if (!listenerSet)
    return { listenerSet: want.listenerSet, conditions: 'no such ListenerSet' };
  return {
    listenerSet: want.listenerSet,
    ...(want.conditions !== undefined
      ? { conditions: shown(listenerSet.conditions, want.conditions) }
      : {}),
    ...(want.listeners !== undefined
      ? { listeners: want.listeners.map(l => actualListener(listenerSet, l)) }
      : {}),
  };
}

function actualOfListenerSets(testCase: ListenerSetCase) {
  const analysis = analyzeManifests(caseObjects(testCase));
  return {
    ...actualOf(testCase),
    listenerSets: (testCase.listenerSets ?? []).map(l =>
      actualListenerSet(analysis, l),
    ),
    attachedListenerSets: Object.fromEntries(
      Object.keys(testCase.attachedListenerSets ?? {}).map(key => [
        key,
        analysis.gateways.find(g => `${g.namespace}/${g.name}` === key)
          ?.attachedListenerSets ?? 'absent',
      ]),
    ),
  };
}

describe('conformance ListenerSet (gateway-api v1.6.1, SupportListenerSet)', () => {
  it.each(listenerSetCases.map(c => [c.test, c] as const))(
    '%s',
    (_name, testCase) => {
      expect(actualOfListenerSets(testCase)).toEqual({
        ...expectedOf(testCase),
        listenerSets: testCase.listenerSets ?? [],
        attachedListenerSets: testCase.attachedListenerSets ?? {},
      });
    },
  );

  it('ListenerSetRouteStatusScopedToParentRef: a route has status only for the parents it names', () => {
    const testCase = listenerSetCases.find(
      c => c.test === 'ListenerSetRouteStatusScopedToParentRef',
    )!;
    const analysis = analyzeManifests(caseObjects(testCase));
    const parentsOf = (name: string) =>
      analysis.routes
        .find(r => r.name === name)
        ?.parents.map(
          p => `${p.parentRef.kind ?? 'Gateway'} ${p.parentRef.name}`,
        );
    expect(parentsOf('route-parentref-gwonly')).toEqual([
      'Gateway gateway-parentref',
    ]);
    expect(parentsOf('route-parentref-lsonly')).toEqual([
      'ListenerSet listenerset-parentref',
    ]);
  });
});
