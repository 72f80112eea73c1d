import { byListenerSetPrecedence } from './listenerSetAdmission';
import type { ListenerSetModel } from './model';

const set = (key: string, creationTimestamp?: string): ListenerSetModel => {
  const [namespace, name] = key.split('/');
  return {
    kind: 'ListenerSet',
    namespace,
    name,
    ...(creationTimestamp ? { creationTimestamp } : {}),
    parentRef: { name: 'public' },
    listeners: [],
  };
};

const order = (sets: ListenerSetModel[]) =>
  [...sets].sort(byListenerSetPrecedence).map(s => `${s.namespace}/${s.name}`);

describe('ListenerSet precedence (oldest first, then namespace/name)', () => {
  it('puts the oldest first', () => {
    expect(
      order([
        set('a/x', '2026-03-01T00:00:00Z'),
        set('b/y', '2026-01-01T00:00:00Z'),
        set('c/z', '2026-02-01T00:00:00Z'),
      ]),
    ).toEqual(['b/y', 'c/z', 'a/x']);
  });

  it('orders by namespace/name when the timestamps are equal or absent', () => {
    expect(order([set('team/b'), set('infra/z'), set('team/a')])).toEqual([
      'infra/z',
      'team/a',
      'team/b',
    ]);
  });

  it('counts a ListenerSet without a timestamp as the newest', () => {
    expect(order([set('a/new'), set('z/old', '2026-01-01T00:00:00Z')])).toEqual(
      ['z/old', 'a/new'],
    );
  });
});
