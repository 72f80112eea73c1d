import { analyzeIngresses } from './analyzeIngresses';
import { ingress, ingressClass, svc } from './__testUtils__/builders';

const withPath = (entry: Record<string, unknown>) =>
  ingress('shop/web', {
    ingressClassName: 'nginx',
    rules: [
      {
        host: 'shop.example.com',
        http: {
          paths: [
            {
              backend: { service: { name: 'web', port: { number: 80 } } },
              ...entry,
            },
          ],
        },
      },
    ],
  });

describe('InvalidPath (rule paths Kubernetes rejects)', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    [
      'a Prefix path starting with / is fine',
      { path: '/api', pathType: 'Prefix' },
      false,
    ],
    [
      'an Exact path starting with / is fine',
      { path: '/health', pathType: 'Exact' },
      false,
    ],
    [
      'an ImplementationSpecific regex path is fine',
      { path: '~ ^/v[0-9]+', pathType: 'ImplementationSpecific' },
      false,
    ],
    ['a missing pathType is an error', { path: '/api' }, true],
    [
      'an unknown pathType is an error',
      { path: '/api', pathType: 'Regex' },
      true,
    ],
    [
      'a relative Prefix path is an error',
      { path: 'api', pathType: 'Prefix' },
      true,
    ],
    ['an Exact rule without path is an error', { pathType: 'Exact' }, true],
  ])('%s', (_name, entry, invalid) => {
    const findings = analyzeIngresses([
      svc('shop/web'),
      ingressClass('nginx'),
      withPath(entry),
    ]);
    expect(findings.map(f => `${f.severity} ${f.code} ${f.field}`)).toEqual(
      invalid ? ['error InvalidPath spec.rules[0].http.paths[0]'] : [],
    );
  });

  it('says what is wrong, naming the Ingress', () => {
    const [finding] = analyzeIngresses([
      svc('shop/web'),
      ingressClass('nginx'),
      withPath({ path: 'api', pathType: 'Prefix' }),
    ]);
    expect(finding.message).toBe(
      'Ingress shop/web: path "api" is invalid: a Prefix path must start with "/"',
    );
  });
});
