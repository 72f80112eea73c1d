import type { KubernetesObject } from '../kubernetes/objects';
import { analyzeVirtualServices } from './analyzeVirtualServices';
import { svc, vs } from './__testUtils__/builders';

const meshVs = (
  key: string,
  hosts: string[],
  extra: Record<string, unknown> = {},
) =>
  vs(key, {
    hosts,
    http: [
      {
        route: [
          { destination: { host: 'productpage.default.svc.cluster.local' } },
        ],
      },
    ],
    ...extra,
  });

const conflicts = (objects: KubernetesObject[]) =>
  analyzeVirtualServices([svc('default/productpage'), ...objects])
    .filter(f => f.code === 'IST0109')
    .map(f => f.message.split(':')[0]);

describe('IST0109 conflicting mesh VirtualService hosts', () => {
  const host = 'productpage.default.svc.cluster.local';
  it.each<[string, KubernetesObject[], string[]]>([
    [
      'the same FQDN in two namespaces conflicts (Istio docs example)',
      [meshVs('team-1/productpage', [host]), meshVs('team-2/custom', [host])],
      ['VirtualService team-1/productpage', 'VirtualService team-2/custom'],
    ],
    [
      'a short name and its FQDN conflict',
      [meshVs('default/a', ['productpage']), meshVs('team-2/b', [host])],
      ['VirtualService default/a', 'VirtualService team-2/b'],
    ],
    [
      'name.namespace is a host of its own, as Istio takes it as written',
      [meshVs('team-1/a', ['productpage.default']), meshVs('team-2/b', [host])],
      [],
    ],
    [
      'the same short name in two namespaces does not conflict',
      [
        meshVs('team-1/a', ['productpage']),
        meshVs('team-2/b', ['productpage']),
      ],
      [],
    ],
    [
      'different hosts do not conflict',
      [meshVs('team-1/a', [host]), meshVs('team-2/b', ['reviews'])],
      [],
    ],
    [
      'gateways: [mesh] counts as mesh',
      [
        meshVs('team-1/a', [host], { gateways: ['mesh'] }),
        meshVs('team-2/b', [host]),
      ],
      ['VirtualService team-1/a', 'VirtualService team-2/b'],
    ],
    [
      'a VirtualService bound only to a gateway does not conflict',
      [
        meshVs('team-1/a', [host], { gateways: ['infra/public'] }),
        meshVs('team-2/b', [host]),
      ],
      [],
    ],
    [
      'exportTo "." in different namespaces does not conflict',
      [
        meshVs('team-1/a', [host], { exportTo: ['.'] }),
        meshVs('team-2/b', [host], { exportTo: ['.'] }),
      ],
      [],
    ],
    [
      'exportTo "." on one side still overlaps an exported-everywhere one',
      [
        meshVs('team-1/a', [host], { exportTo: ['.'] }),
        meshVs('team-2/b', [host]),
      ],
      ['VirtualService team-1/a', 'VirtualService team-2/b'],
    ],
    [
      'exportTo "." in the same namespace conflicts',
      [
        meshVs('team-1/a', [host], { exportTo: ['.'] }),
        meshVs('team-1/b', [host], { exportTo: ['.'] }),
      ],
      ['VirtualService team-1/a', 'VirtualService team-1/b'],
    ],
    [
      'exportTo naming a shared namespace conflicts',
      [
        meshVs('team-1/a', [host], { exportTo: ['.', 'web'] }),
        meshVs('team-2/b', [host], { exportTo: ['web'] }),
      ],
      ['VirtualService team-1/a', 'VirtualService team-2/b'],
    ],
    [
      'exportTo "~" hides the VirtualService',
      [
        meshVs('team-1/a', [host], { exportTo: ['~'] }),
        meshVs('team-2/b', [host]),
      ],
      [],
    ],
    [
      'one VirtualService listing a host twice does not conflict with itself',
      [meshVs('default/a', [host, 'productpage'])],
      [],
    ],
  ])('%s', (_name, objects, expected) => {
    expect(conflicts(objects)).toEqual(expected);
  });

  it('is an error on the conflicting host, naming all VirtualServices involved', () => {
    const findings = analyzeVirtualServices([
      meshVs('team-1/a', ['reviews', host]),
      meshVs('team-2/b', [host]),
      meshVs('team-3/c', [host]),
    ]).filter(f => f.code === 'IST0109');
    expect(findings).toHaveLength(3);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      field: 'spec.hosts[1]',
    });
    expect(findings[0].message).toContain('team-1/a, team-2/b, team-3/c');
    expect(findings[0].message).toContain(host);
  });
});
