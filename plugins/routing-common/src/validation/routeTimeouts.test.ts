import { rule, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const timeouts = (t: Record<string, unknown>) => rule({ timeouts: t });

describe('timeouts (Durations; backendRequest not longer than request)', () => {
  it.each<Case>([
    [
      'backendRequest shorter',
      timeouts({ request: '1m', backendRequest: '30s' }),
      [],
    ],
    [
      'backendRequest equal',
      timeouts({ request: '1m', backendRequest: '60s' }),
      [],
    ],
    [
      'request 0s (no limit)',
      timeouts({ request: '0s', backendRequest: '1h' }),
      [],
    ],
    ['backendRequest alone', timeouts({ backendRequest: '1h' }), []],
    [
      'backendRequest longer',
      timeouts({ request: '10s', backendRequest: '1m' }),
      [
        'spec.rules[0].timeouts InvalidField HTTPRoute shop/x: spec.rules[0].timeouts must not have a backendRequest (1m) longer than its request (10s)',
      ],
    ],
    [
      'milliseconds count',
      timeouts({ request: '1s', backendRequest: '1s1ms' }),
      ['spec.rules[0].timeouts InvalidField'],
    ],
    [
      'a malformed backendRequest',
      timeouts({ request: '1s', backendRequest: '2 s' }),
      ['spec.rules[0].timeouts.backendRequest InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
