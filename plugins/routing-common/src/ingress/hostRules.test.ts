import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeIngresses } from './analyzeIngresses';
import {
  ingress,
  ingressClass,
  rule,
  simpleIngress,
  svc,
} from './__testUtils__/builders';

const base = [svc('shop/web'), ingressClass('nginx', true)];
const run = (objects: KubernetesObject[], code: string) =>
  analyzeIngresses(objects).filter(f => f.code === code);

describe('InvalidHostname (rule hosts Kubernetes rejects)', () => {
  it.each<[string, string[], string[]]>([
    [
      'valid precise and wildcard hosts pass',
      ['shop.example.com', '*.example.com'],
      [],
    ],
    ['an IP address is an error', ['10.1.2.3'], ['spec.rules[0].host']],
    ['a bare * is an error', ['*'], ['spec.rules[0].host']],
    ['upper case is an error', ['Shop.example.com'], ['spec.rules[0].host']],
    [
      'a port is an error',
      ['ok.example.com', 'shop.example.com:443'],
      ['spec.rules[1].host'],
    ],
    [
      'a wildcard that is not the first label is an error',
      ['shop.*.example.com'],
      ['spec.rules[0].host'],
    ],
  ])('%s', (_name, hosts, fields) => {
    const findings = run([...base, simpleIngress(hosts)], 'InvalidHostname');
    expect(findings.map(f => f.field)).toEqual(fields);
    findings.forEach(f => expect(f.severity).toBe('error'));
  });

  it('a rule without host is valid (it matches all hosts)', () => {
    expect(
      analyzeIngresses([
        ...base,
        ingress('shop/web', {
          ingressClassName: 'nginx',
          rules: [rule(undefined)],
        }),
      ]),
    ).toEqual([]);
  });

  it('names the Ingress and the host in the message', () => {
    const [finding] = run(
      [...base, simpleIngress(['10.1.2.3'])],
      'InvalidHostname',
    );
    expect(finding.message).toMatch(
      /^Ingress shop\/web: host "10\.1\.2\.3" is invalid: IP addresses/,
    );
  });
});
