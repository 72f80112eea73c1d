import { rule, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const NOT_STANDARD =
  'spec.rules[0].retry InvalidField HTTPRoute shop/x: spec.rules[0].retry is not a field of the standard-channel HTTPRoute';

describe('retry (not in the standard channel; experimental-channel value rules)', () => {
  it.each<Case>([
    ['no retry', rule({}), []],
    [
      'valid experimental values still break the standard channel',
      rule({ retry: { codes: [500, 503], attempts: 2, backoff: '100ms' } }),
      [NOT_STANDARD],
    ],
    [
      'code 399',
      rule({ retry: { codes: [399] } }),
      [
        NOT_STANDARD,
        'spec.rules[0].retry.codes[0] InvalidField HTTPRoute shop/x: spec.rules[0].retry.codes[0] must be a whole number from 400 to 599',
      ],
    ],
    [
      'code 600',
      rule({ retry: { codes: [600] } }),
      [NOT_STANDARD, 'spec.rules[0].retry.codes[0] InvalidField'],
    ],
    [
      'a repeated code',
      rule({ retry: { codes: [503, 503] } }),
      [NOT_STANDARD, 'spec.rules[0].retry.codes[1] InvalidField'],
    ],
    [
      'attempts 0',
      rule({ retry: { attempts: 0 } }),
      [NOT_STANDARD, 'spec.rules[0].retry.attempts InvalidField'],
    ],
    [
      'backoff in words',
      rule({ retry: { backoff: '1 second' } }),
      [NOT_STANDARD, 'spec.rules[0].retry.backoff InvalidField'],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
