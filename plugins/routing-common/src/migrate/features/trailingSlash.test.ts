import { trailingSlashRules } from './trailingSlash';
import { conversionState, TestPath } from './__testUtils__/conversionState';

const exactsFor = (paths: TestPath[]) =>
  trailingSlashRules(
    conversionState([
      { name: 'web', rules: [{ host: 'a.example.com', paths }] },
    ]).routes[0],
  ).map(r => [r.matches[0].path.value, r.filters[0].requestRedirect]);
const p = (
  path: string,
  pathType: TestPath['pathType'] = 'Prefix',
): TestPath => ({ path, pathType, service: 'app' });

describe('trailing-slash redirects', () => {
  it('redirects /foo to /foo/ with 301', () => {
    expect(exactsFor([p('/foo/')])).toEqual([
      [
        '/foo',
        {
          path: { type: 'ReplaceFullPath', replaceFullPath: '/foo/' },
          statusCode: 301,
        },
      ],
    ]);
  });
  it.each([
    ['the exact path exists', [p('/foo/'), p('/foo', 'Exact')]],
    ['the prefix exists', [p('/foo/'), p('/foo')]],
    ['a shorter prefix covers it', [p('/api/v1/'), p('/api')]],
    ['the root prefix covers it', [p('/foo/'), p('/')]],
    ['the path is the root', [p('/')]],
    ['there is no trailing slash', [p('/foo')]],
  ])('writes none when %s', (_, paths) => {
    expect(exactsFor(paths)).toEqual([]);
  });
  it('writes one when a prefix does not cover it at a segment boundary', () => {
    expect(exactsFor([p('/foobar/'), p('/foo')]).map(([path]) => path)).toEqual(
      ['/foobar'],
    );
  });
  it('writes each once', () => {
    expect(
      exactsFor([p('/foo/'), p('/foo/', 'Exact')]).map(([path]) => path),
    ).toEqual(['/foo']);
  });
});
