import { analyzeIngresses } from './analyzeIngresses';
import {
  ingress,
  ingressClass,
  rule,
  simpleIngress,
  svc,
} from './__testUtils__/builders';

const base = [svc('shop/web'), ingressClass('nginx', true)];

describe('TLS hosts that no rule serves (info)', () => {
  it.each<[string, string[], string[], string[]]>([
    [
      'a TLS host with a rule is fine',
      ['shop.example.com'],
      ['shop.example.com'],
      [],
    ],
    [
      'a TLS host without a rule is reported',
      ['shop.example.com'],
      ['shop.example.com', 'www.example.com'],
      ['spec.tls[0].hosts[1]'],
    ],
    [
      'a wildcard TLS host covering a rule host is used',
      ['shop.example.com'],
      ['*.example.com'],
      [],
    ],
    [
      'a TLS host under a wildcard rule is used',
      ['*.example.com'],
      ['shop.example.com'],
      [],
    ],
    [
      'a wildcard covers one label only',
      ['a.b.example.com'],
      ['*.example.com'],
      ['spec.tls[0].hosts[0]'],
    ],
  ])('%s', (_name, ruleHosts, tlsHosts, fields) => {
    const object = simpleIngress(ruleHosts, {
      tls: [{ hosts: tlsHosts, secretName: 'tls' }],
    });
    const findings = analyzeIngresses([...base, ingressClass('nginx'), object]);
    expect(findings.map(f => f.field)).toEqual(fields);
    findings.forEach(f =>
      expect(f).toMatchObject({ severity: 'info', code: 'UnusedTlsHost' }),
    );
  });

  it('a rule without host serves every TLS host', () => {
    const object = ingress('shop/web', {
      ingressClassName: 'nginx',
      rules: [rule(undefined)],
      tls: [{ hosts: ['x.example.com'] }],
    });
    expect(analyzeIngresses([...base, object])).toEqual([]);
  });
});
