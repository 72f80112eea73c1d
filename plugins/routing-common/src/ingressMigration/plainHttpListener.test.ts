import type { KubernetesObject } from '../kubernetes/objects';
import { plainHttpListener } from './plainHttpListener';

function gateway(listeners: object[]): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { namespace: 'infra', name: 'public' },
    spec: { gatewayClassName: 'istio', listeners },
  };
}

function ingress(...hosts: string[]): KubernetesObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { namespace: 'shop', name: 'legacy' },
    spec: { rules: hosts.map(host => ({ host })) },
  };
}

const https = { name: 'https', protocol: 'HTTPS', port: 443 };
const shopHttp = {
  name: 'http-shop',
  protocol: 'HTTP',
  port: 80,
  hostname: '*.shop.example.com',
};
const anyHttp8080 = { name: 'http-alt', protocol: 'HTTP', port: 8080 };
const anyHttp = { name: 'http', protocol: 'HTTP', port: 80 };

describe('plainHttpListener', () => {
  it.each([
    [
      'the HTTP listener whose hostname takes the hosts',
      [https, shopHttp],
      ['a.shop.example.com'],
      'http-shop',
    ],
    [
      'none when its hostname does not take every host',
      [https, shopHttp],
      ['a.shop.example.com', 'b.example.org'],
      undefined,
    ],
    [
      'one without hostname, which takes every host',
      [https, anyHttp],
      ['a.shop.example.com', 'b.example.org'],
      'http',
    ],
    [
      'one on port 80 before the Gateway order',
      [https, anyHttp8080, anyHttp],
      ['a.example.org'],
      'http',
    ],
    [
      'another port when none on 80 fits',
      [https, anyHttp8080, shopHttp],
      ['a.example.org'],
      'http-alt',
    ],
    [
      'none when the Gateway has no HTTP listener',
      [https],
      ['a.shop.example.com'],
      undefined,
    ],
    [
      'an HTTP listener for Ingresses without hosts',
      [https, shopHttp],
      [],
      'http-shop',
    ],
  ])('picks %s', (_, listeners, hosts, expected) => {
    expect(plainHttpListener(gateway(listeners), [ingress(...hosts)])).toBe(
      expected,
    );
  });

  it('never picks the routes’ own listener', () => {
    expect(
      plainHttpListener(
        gateway([anyHttp, anyHttp8080]),
        [ingress('a.example.org')],
        'http',
      ),
    ).toBe('http-alt');
  });

  it('reads the hosts of every Ingress', () => {
    expect(
      plainHttpListener(gateway([shopHttp]), [
        ingress('a.shop.example.com'),
        ingress('b.example.org'),
      ]),
    ).toBeUndefined();
  });
});
