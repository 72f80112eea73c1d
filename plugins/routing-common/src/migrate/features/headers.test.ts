import { headers } from './headers';
import { rewrite } from './rewrite';
import { notesAbout, runFeatures } from './__testUtils__/conversionState';

const filtersOf = (
  annotations: Record<string, string>,
  features = [headers],
) => {
  const state = runFeatures(features, [
    {
      name: 'web',
      annotations,
      rules: [
        { host: 'a.example.com', paths: [{ path: '/abc', service: 'app' }] },
      ],
    },
  ]);
  return { state, filters: state.routes[0].rules[0].filters };
};

describe('upstream-vhost, connection-proxy-header, custom-headers', () => {
  it.each([
    [
      'upstream-vhost sets Host',
      { 'upstream-vhost': 'internal.example.com' },
      [{ name: 'Host', value: 'internal.example.com' }],
    ],
    [
      'connection-proxy-header sets Connection',
      { 'connection-proxy-header': 'keep-alive' },
      [{ name: 'Connection', value: 'keep-alive' }],
    ],
    [
      'both share one filter',
      { 'upstream-vhost': 'h', 'connection-proxy-header': 'close' },
      [
        { name: 'Host', value: 'h' },
        { name: 'Connection', value: 'close' },
      ],
    ],
  ])('%s', (_, annotations, set) => {
    expect(filtersOf(annotations).filters).toEqual([
      { type: 'RequestHeaderModifier', requestHeaderModifier: { set } },
    ]);
  });

  it('keeps one RequestHeaderModifier when x-forwarded-prefix is added too (ingress2gateway writes two, which the API rejects)', () => {
    const { filters } = filtersOf(
      {
        'upstream-vhost': 'h',
        'rewrite-target': '/',
        'x-forwarded-prefix': '/abc',
      },
      [headers, rewrite],
    );
    expect(filters.filter(f => f.type === 'RequestHeaderModifier')).toEqual([
      {
        type: 'RequestHeaderModifier',
        requestHeaderModifier: {
          set: [
            { name: 'Host', value: 'h' },
            { name: 'X-Forwarded-Prefix', value: '/abc' },
          ],
        },
      },
    ]);
  });

  it('notes custom-headers with its ConfigMap', () => {
    const { state, filters } = filtersOf({ 'custom-headers': 'default/hdrs' });
    expect(filters).toEqual([]);
    expect(notesAbout(state, 'custom-headers')[0].message).toContain(
      'default/hdrs',
    );
  });
});
