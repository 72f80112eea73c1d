import { analyzeIngresses } from './analyzeIngresses';
import {
  ingress,
  ingressClass,
  rule,
  simpleIngress,
  svc,
} from './__testUtils__/builders';

const base = [svc('shop/web'), ingressClass('nginx', true)];

describe('analyzeIngresses input handling', () => {
  it('ignores other kinds and other API versions of Ingress', () => {
    const legacy = {
      ...simpleIngress(['10.0.0.1']),
      apiVersion: 'extensions/v1beta1',
    };
    expect(
      analyzeIngresses([
        ...base,
        legacy,
        { kind: 'ConfigMap', metadata: { name: 'x' } },
      ]),
    ).toEqual([]);
  });

  it('reports each Ingress separately, in input order', () => {
    const a = ingress('shop/a', {
      ingressClassName: 'nginx',
      rules: [rule('A.example.com')],
    });
    const b = ingress('lab/b', {
      ingressClassName: 'nginx',
      rules: [rule('b.example.com')],
    });
    const messages = analyzeIngresses([...base, a, b]).map(
      f => f.message.split(':')[0],
    );
    expect(messages).toEqual(['Ingress shop/a', 'Ingress lab/b']);
  });
});
