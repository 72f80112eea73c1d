import { path } from './__testUtils__/convert';
import { convertPath } from './paths';

describe('convertPath: Ingress paths as HTTPRoute matches', () => {
  it.each<[string, unknown, unknown, string | undefined]>([
    [
      'Prefix is PathPrefix',
      path('/api', 'Prefix'),
      { type: 'PathPrefix', value: '/api' },
      undefined,
    ],
    [
      'Exact is Exact',
      path('/x', 'Exact'),
      { type: 'Exact', value: '/x' },
      undefined,
    ],
    [
      'Prefix with a trailing slash stays as written, without note: both specs ignore the trailing /',
      path('/foo/', 'Prefix'),
      { type: 'PathPrefix', value: '/foo/' },
      undefined,
    ],
    [
      'ImplementationSpecific is PathPrefix of the same value, with an info note',
      path('/~/echo/**/test', 'ImplementationSpecific'),
      { type: 'PathPrefix', value: '/~/echo/**/test' },
      'info',
    ],
    [
      'an empty ImplementationSpecific path is /',
      path(undefined, 'ImplementationSpecific'),
      { type: 'PathPrefix', value: '/' },
      'info',
    ],
  ])('%s', (_name, entry, match, noteLevel) => {
    const converted = convertPath(entry, 'http');
    expect(converted).toMatchObject({ matches: [{ path: match }] });
    expect('note' in converted ? converted.note?.level : undefined).toBe(
      noteLevel,
    );
  });

  it.each([
    ['no pathType', path('/x', undefined)],
    ['an unknown pathType', path('/x', 'Regex')],
  ])('skips a path with %s, as an error', (_name, entry) => {
    expect(convertPath(entry, 'http')).toEqual({
      skipped: {
        level: 'error',
        message: expect.stringContaining('not carried over'),
      },
    });
  });

  it('keys a path by pathType and value, so the same path of several Ingresses merges', () => {
    expect(convertPath(path('/a', 'Prefix'), 'http')).toMatchObject({
      key: 'Prefix|/a',
    });
    expect(convertPath(path('/a', 'Exact'), 'http')).toMatchObject({
      key: 'Exact|/a',
    });
  });
});

describe('convertPath: gRPC paths as GRPCRoute method matches', () => {
  it.each<[string, unknown]>([
    [
      '/shop.Cart/AddItem',
      [{ method: { service: 'shop.Cart', method: 'AddItem' } }],
    ],
    ['/shop.Cart', [{ method: { service: 'shop.Cart' } }]],
    ['/shop.Cart/', [{ method: { service: 'shop.Cart' } }]],
    ['/', []],
  ])('%s', (value, matches) => {
    expect(convertPath(path(value, 'Prefix'), 'grpc')).toEqual({
      key: `Prefix|${value}`,
      path: { type: 'Prefix', value },
      matches,
    });
  });
});
