import { ingress, rule } from '../ingress/__testUtils__/builders';
import { annotationHint } from './annotations';
import { migrateIngresses } from './migrateIngresses';

const nginx = (name: string) => `nginx.ingress.kubernetes.io/${name}`;

describe('annotations get a specific hint for common nginx ones', () => {
  it.each<[string, RegExp]>([
    [nginx('rewrite-target'), /URLRewrite filter/],
    [nginx('ssl-redirect'), /RequestRedirect filter/],
    [nginx('force-ssl-redirect'), /RequestRedirect filter/],
    [nginx('backend-protocol'), /BackendTLSPolicy/],
    [nginx('proxy-body-size'), /size limit/],
    [nginx('whitelist-source-range'), /source IP allow-list/],
    [nginx('auth-url'), /authentication/],
    [nginx('auth-type'), /authentication/],
    [nginx('canary'), /weighted backendRefs/],
    [nginx('canary-weight'), /weighted backendRefs/],
    [nginx('enable-cors'), /no equivalent annotation/],
    ['traefik.ingress.kubernetes.io/router.tls', /no equivalent annotation/],
  ])('%s', (key, hint) => {
    expect(annotationHint(key)).toMatch(/^not carried over: /);
    expect(annotationHint(key)).toMatch(hint);
  });
});

describe('every annotation not carried over is noted', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['none', {}, []],
    [
      'each one, by field',
      { [nginx('rewrite-target')]: '/', 'example.com/owner': 'team' },
      [
        `metadata.annotations["${nginx('rewrite-target')}"]`,
        'metadata.annotations["example.com/owner"]',
      ],
    ],
    [
      'but the legacy ingress class, which picks the Gateway',
      { 'kubernetes.io/ingress.class': 'nginx' },
      [],
    ],
  ])('%s', (_name, annotations, fields) => {
    const { notes } = migrateIngresses([
      ingress(
        'shop/web',
        { ingressClassName: 'nginx', rules: [rule('a.io')] },
        annotations,
      ),
    ]);
    expect(notes.map(n => n.field)).toEqual(fields);
    notes.forEach(n => expect(n.object).toBe('Ingress shop/web'));
  });

  it('ignores objects that are not v1 Ingresses', () => {
    const legacy = {
      ...ingress('shop/old', {}),
      apiVersion: 'extensions/v1beta1',
    };
    expect(migrateIngresses([legacy, { kind: 'ConfigMap' }])).toEqual({
      objects: [],
      notes: [],
    });
  });
});
