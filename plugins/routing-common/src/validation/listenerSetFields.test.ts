import { object, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const listeners = [{ name: 'http', port: 80, protocol: 'HTTP' }];

describe('ListenerSet parentRef', () => {
  it.each<Case>([
    [
      'a Gateway in another namespace',
      object('ListenerSet', {
        parentRef: { name: 'public', namespace: 'infra' },
        listeners,
      }),
      [],
    ],
    [
      'no parentRef',
      object('ListenerSet', { listeners }),
      [
        'spec.parentRef InvalidField ListenerSet shop/x: spec.parentRef is required',
      ],
    ],
    [
      'a parentRef without name',
      object('ListenerSet', { parentRef: {}, listeners }),
      ['spec.parentRef.name InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('ListenerSet parentRef fields', () => {
  it.each<Case>([
    [
      'a sectionName (not in a ListenerSet parentRef)',
      object('ListenerSet', {
        parentRef: { name: 'g', sectionName: 'a' },
        listeners,
      }),
      [
        'spec.parentRef.sectionName InvalidField ListenerSet shop/x: spec.parentRef.sectionName is not a field of the standard-channel ListenerSet parentRef',
      ],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
