import { redirect } from './redirect';
import { notesAbout, runFeatures } from './__testUtils__/conversionState';

const ruleOf = (annotations: Record<string, string>) => {
  const state = runFeatures(
    [redirect],
    [
      {
        name: 'web',
        annotations,
        rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
      },
    ],
  );
  return { state, rule: state.routes[0].rules[0] };
};

describe('permanent-redirect / temporal-redirect', () => {
  it.each([
    [
      'permanent defaults to 301',
      { 'permanent-redirect': 'https://b.example.com/new' },
      {
        scheme: 'https',
        hostname: 'b.example.com',
        path: { type: 'ReplaceFullPath', replaceFullPath: '/new' },
        statusCode: 301,
      },
    ],
    [
      'temporal defaults to 302',
      { 'temporal-redirect': 'http://b.example.com' },
      {
        scheme: 'http',
        hostname: 'b.example.com',
        path: { type: 'ReplaceFullPath', replaceFullPath: '/' },
        statusCode: 302,
      },
    ],
    [
      'the port is kept',
      { 'permanent-redirect': 'https://b.example.com:8443/x' },
      {
        scheme: 'https',
        hostname: 'b.example.com',
        port: 8443,
        path: { type: 'ReplaceFullPath', replaceFullPath: '/x' },
        statusCode: 301,
      },
    ],
    [
      'permanent-redirect-code is used when allowed',
      {
        'permanent-redirect': 'https://b.example.com',
        'permanent-redirect-code': '308',
      },
      {
        scheme: 'https',
        hostname: 'b.example.com',
        path: { type: 'ReplaceFullPath', replaceFullPath: '/' },
        statusCode: 308,
      },
    ],
    [
      'temporal wins over permanent',
      {
        'permanent-redirect': 'https://p.example.com',
        'temporal-redirect': 'https://t.example.com',
      },
      {
        scheme: 'https',
        hostname: 't.example.com',
        path: { type: 'ReplaceFullPath', replaceFullPath: '/' },
        statusCode: 302,
      },
    ],
  ])('%s', (_, annotations, expected) => {
    const { rule } = ruleOf(annotations);
    expect(rule.filters).toEqual([
      { type: 'RequestRedirect', requestRedirect: expected },
    ]);
    expect(rule.backends).toEqual([]);
  });

  it('uses the default code and warns when the code is not allowed', () => {
    const { state, rule } = ruleOf({
      'temporal-redirect': 'https://b.example.com',
      'temporal-redirect-code': '308',
    });
    expect(rule.filters[0].requestRedirect.statusCode).toBe(302);
    expect(notesAbout(state, 'temporal-redirect-code')[0].level).toBe(
      'warning',
    );
  });

  it.each([
    ['an empty URL', ''],
    ['a URL without scheme', 'b.example.com/x'],
    ['a URL with a query', 'https://b.example.com/?a=1'],
  ])('keeps the backends and reports an error for %s', (_, url) => {
    const { state, rule } = ruleOf({ 'permanent-redirect': url });
    expect(rule.filters).toEqual([]);
    expect(rule.backends).toHaveLength(1);
    expect(notesAbout(state, 'permanent-redirect')[0].level).toBe('error');
  });

  it('notes proxy-redirect-from as not carried over', () => {
    const { state } = ruleOf({
      'proxy-redirect-from': '/a',
      'proxy-redirect-to': '/b',
    });
    expect(notesAbout(state, 'proxy-redirect-from')).toHaveLength(1);
    expect(notesAbout(state, 'proxy-redirect-to')).toHaveLength(1);
  });
});
