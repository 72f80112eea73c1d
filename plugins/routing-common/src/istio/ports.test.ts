import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeVirtualServices } from './analyzeVirtualServices';
import { routeTo, svc, vs } from './__testUtils__/builders';

const codes = (objects: KubernetesObject[], code: string) =>
  analyzeVirtualServices(objects)
    .filter(f => f.code === code)
    .map(f => f.field);

describe('IST0112 destination port selector required', () => {
  it.each<[string, number[], number | undefined, string[]]>([
    [
      'a multi-port Service without a port is an error',
      [80, 9090],
      undefined,
      ['spec.http[0].route[0].destination.port.number'],
    ],
    ['a multi-port Service with a port is fine', [80, 9090], 9090, []],
    ['a single-port Service needs no port', [80], undefined, []],
    ['a Service without ports needs no port', [], undefined, []],
  ])('%s', (_name, ports, port, fields) => {
    const objects = [
      svc('shop/payments', ports),
      vs('shop/a', routeTo('payments', port)),
    ];
    expect(codes(objects, 'IST0112')).toEqual(fields);
  });

  it('is an error that lists the ports', () => {
    const [finding] = analyzeVirtualServices([
      svc('shop/p', [80, 443]),
      vs('shop/a', routeTo('p')),
    ]);
    expect(finding).toMatchObject({ severity: 'error', code: 'IST0112' });
    expect(finding.message).toContain('VirtualService shop/a:');
    expect(finding.message).toContain('[80, 443]');
  });
});

describe('PortNotOnService (destination port the Service does not expose)', () => {
  it.each<[string, number[], number, string[]]>([
    ['a port of the Service is fine', [80, 9090], 80, []],
    [
      'an unknown port is an error',
      [80, 9090],
      8080,
      ['spec.http[0].route[0].destination.port.number'],
    ],
    [
      'an unknown port on a single-port Service is an error',
      [80],
      81,
      ['spec.http[0].route[0].destination.port.number'],
    ],
  ])('%s', (_name, ports, port, fields) => {
    const objects = [
      svc('shop/payments', ports),
      vs('shop/a', routeTo('payments', port)),
    ];
    expect(codes(objects, 'PortNotOnService')).toEqual(fields);
  });

  it('does not check ports of external hosts', () => {
    expect(
      analyzeVirtualServices([vs('shop/a', routeTo('api.stripe.com', 8443))]),
    ).toEqual([]);
  });
});
