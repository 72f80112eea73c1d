import { rule, times, containing, found } from './__testUtils__/routes';
import type { Case } from './__testUtils__/routes';

const cors = (settings: Record<string, unknown>) =>
  rule({ filters: [{ type: 'CORS', cors: settings }] });
const at = 'spec.rules[0].filters[0].cors';

describe('CORS filter (origins, methods, headers, "*" alone, credentials, maxAge)', () => {
  it.each<Case>([
    [
      'a full valid filter',
      cors({
        allowOrigins: ['https://shop.example.com', 'http://*.example.com:8080'],
        allowMethods: ['GET', 'POST'],
        allowHeaders: ['X-Env'],
        exposeHeaders: ['X-Trace'],
        allowCredentials: true,
        maxAge: 600,
      }),
      [],
    ],
    [
      '"*" alone',
      cors({ allowOrigins: ['*'], allowMethods: ['*'], allowHeaders: ['*'] }),
      [],
    ],
    [
      'an origin without a scheme',
      cors({ allowOrigins: ['shop.example.com'] }),
      [
        `${at}.allowOrigins[0] InvalidField HTTPRoute shop/x: ${at}.allowOrigins[0] must be "*" or an origin`,
      ],
    ],
    [
      'an origin with a path',
      cors({ allowOrigins: ['https://a.com/x'] }),
      [`${at}.allowOrigins[0] InvalidField`],
    ],
    [
      '"*" with another origin',
      cors({ allowOrigins: ['*', 'https://a.com'] }),
      [
        `${at}.allowOrigins InvalidField HTTPRoute shop/x: ${at}.allowOrigins must not list "*" together with other entries`,
      ],
    ],
    [
      'a repeated origin',
      cors({ allowOrigins: ['https://a.com', 'https://a.com'] }),
      [
        `${at}.allowOrigins[1] InvalidField HTTPRoute shop/x: ${at}.allowOrigins[1] must not repeat "https://a.com"`,
      ],
    ],
    [
      '65 origins',
      cors({
        allowOrigins: Array.from({ length: 65 }, (_, i) => `https://a${i}.com`),
      }),
      [`${at}.allowOrigins InvalidField`],
    ],
    [
      'an unknown method',
      cors({ allowMethods: ['get'] }),
      [`${at}.allowMethods[0] InvalidField`],
    ],
    [
      '"*" with GET',
      cors({ allowMethods: ['GET', '*'] }),
      [`${at}.allowMethods InvalidField`],
    ],
    [
      'a repeated method',
      cors({ allowMethods: ['GET', 'GET'] }),
      [`${at}.allowMethods[1] InvalidField`],
    ],
    [
      'a header name with a space',
      cors({ allowHeaders: ['X Env'] }),
      [`${at}.allowHeaders[0] InvalidField`],
    ],
    [
      '"*" with a header',
      cors({ allowHeaders: ['*', 'X-Env'] }),
      [`${at}.allowHeaders InvalidField`],
    ],
    [
      '"*" with an exposed header is allowed',
      cors({ exposeHeaders: ['*', 'X-Env'] }),
      [],
    ],
    [
      '65 exposed headers',
      cors({ exposeHeaders: times(65, 'x').map((x, i) => `${x}${i}`) }),
      [`${at}.exposeHeaders InvalidField`],
    ],
    [
      'allowCredentials as text',
      cors({ allowCredentials: 'true' }),
      [
        `${at}.allowCredentials InvalidField HTTPRoute shop/x: ${at}.allowCredentials must be true or false`,
      ],
    ],
    [
      'maxAge 0',
      cors({ maxAge: 0 }),
      [
        `${at}.maxAge InvalidField HTTPRoute shop/x: ${at}.maxAge must be a whole number of at least 1`,
      ],
    ],
    ['maxAge 1', cors({ maxAge: 1 }), []],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});

describe('CORS maxAge limit and unknown fields', () => {
  it.each<Case>([
    [
      'maxAge beyond 32 bits',
      cors({ maxAge: 3000000000 }),
      [
        `${at}.maxAge InvalidField HTTPRoute shop/x: ${at}.maxAge must be at most 2147483647`,
      ],
    ],
    [
      'a misspelled field',
      cors({ allowOrigin: ['*'] }),
      [`${at}.allowOrigin InvalidField`],
    ],
  ])('%s', (_, value, expected) =>
    expect(found(value)).toEqual(containing(expected)),
  );
});
