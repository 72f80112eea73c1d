import { cors } from './cors';
import { notesAbout, runFeatures } from './__testUtils__/conversionState';

const run = (annotations: Record<string, string>) =>
  runFeatures(
    [cors],
    [
      {
        name: 'web',
        annotations,
        rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
      },
    ],
  );
const corsOf = (annotations: Record<string, string>) =>
  run(annotations).routes[0].rules[0].filters;

describe('enable-cors and cors-*', () => {
  it('writes the CORS filter with ingress-nginx defaults', () => {
    expect(corsOf({ 'enable-cors': 'true' })).toEqual([
      {
        type: 'CORS',
        cors: {
          allowOrigins: ['*'],
          allowMethods: ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'OPTIONS'],
          allowHeaders: [
            'DNT',
            'Keep-Alive',
            'User-Agent',
            'X-Requested-With',
            'If-Modified-Since',
            'Cache-Control',
            'Content-Type',
            'Range',
            'Authorization',
          ],
          allowCredentials: true,
          maxAge: 1728000,
        },
      },
    ]);
  });

  it('uses a specific origin, methods, headers, expose headers, max-age and credentials', () => {
    expect(
      corsOf({
        'enable-cors': 'true',
        'cors-allow-origin': 'https://a.example.com, https://b.example.com',
        'cors-allow-methods': 'get, POST',
        'cors-allow-headers': 'X-Custom',
        'cors-expose-headers': 'X-Total, X-Page',
        'cors-allow-credentials': 'false',
        'cors-max-age': '600',
      })[0].cors,
    ).toEqual({
      allowOrigins: ['https://a.example.com', 'https://b.example.com'],
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['X-Custom'],
      exposeHeaders: ['X-Total', 'X-Page'],
      allowCredentials: false,
      maxAge: 600,
    });
  });

  it('writes nothing when disabled, and notes cors-* as having no effect', () => {
    const state = run({
      'enable-cors': 'false',
      'cors-allow-origin': 'https://a.example.com',
    });
    expect(state.routes[0].rules[0].filters).toEqual([]);
    expect(notesAbout(state, 'cors-allow-origin')[0].level).toBe('info');
  });

  it.each([['abc'], ['0']])(
    'uses the default max-age for "%s" with an error',
    value => {
      const state = run({ 'enable-cors': 'true', 'cors-max-age': value });
      expect(state.routes[0].rules[0].filters[0].cors.maxAge).toBe(1728000);
      expect(notesAbout(state, 'cors-max-age')[0].level).toBe('error');
    },
  );

  it('drops origins the CRD rejects and says so', () => {
    const state = run({
      'enable-cors': 'true',
      'cors-allow-origin': 'https://ok.example.com, a.example.com/path',
    });
    expect(state.routes[0].rules[0].filters[0].cors.allowOrigins).toEqual([
      'https://ok.example.com',
    ]);
    expect(notesAbout(state, 'cors-allow-origin')[0].message).toContain(
      'a.example.com/path',
    );
  });
});
