import { buildInventory } from './inventory';
import { gatewayBackendUses } from './backendTlsPoliciesAncestors';
import {
  gateway,
  referenceGrant,
  route,
  service,
} from './__testUtils__/builders';
import type { KubernetesObject } from '../kubernetes/objects';

const objects: KubernetesObject[] = [
  gateway('infra/public', [
    {},
    {
      name: 'passthrough',
      port: 443,
      protocol: 'TLS',
      tls: { mode: 'Passthrough' },
    },
    {
      name: 'terminate',
      port: 8443,
      protocol: 'TLS',
      tls: { mode: 'Terminate' },
    },
  ]),
  service('shop/web', { ports: [{ name: 'https', port: 443 }] }),
  route('HTTPRoute', 'shop/web', { backendRefs: [{ name: 'web', port: 443 }] }),
  route('TLSRoute', 'shop/tls', { backendRefs: [{ name: 'web', port: 443 }] }),
  route('TCPRoute', 'shop/tcp', { backendRefs: [{ name: 'web', port: 443 }] }),
  route('HTTPRoute', 'other/cross', {
    backendRefs: [{ name: 'web', namespace: 'shop', port: 443 }],
  }),
  route('HTTPRoute', 'shop/missing', {
    backendRefs: [{ name: 'gone', port: 443 }],
  }),
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'ListenerSet',
    metadata: { namespace: 'team', name: 'extra' },
    spec: {
      parentRef: { name: 'public', namespace: 'infra' },
      listeners: [{ name: 'team-http', port: 8080, protocol: 'HTTP' }],
    },
  },
];

function uses(
  attached: Record<string, string[]>,
  extra: KubernetesObject[] = [],
) {
  return gatewayBackendUses(
    buildInventory([...objects, ...extra]),
    new Map(Object.entries(attached).map(([k, v]) => [k, new Set(v)])),
  );
}

const WEB = { gatewayKey: 'infra/public', service: 'shop/web', port: 443 };

describe('gatewayBackendUses', () => {
  it('joins the Gateway and the Service port of an attached HTTPRoute', () => {
    expect(uses({ 'infra/public/http': ['HTTPRoute/shop/web'] })).toEqual([
      WEB,
    ]);
  });

  it('joins nothing for routes that attached nowhere', () => {
    expect(uses({})).toEqual([]);
  });

  it('counts a TLSRoute on a terminating listener only, and never a TCPRoute', () => {
    expect(
      uses({
        'infra/public/passthrough': ['TLSRoute/shop/tls'],
        'infra/public/http': ['TCPRoute/shop/tcp'],
      }),
    ).toEqual([]);
    expect(uses({ 'infra/public/terminate': ['TLSRoute/shop/tls'] })).toEqual([
      WEB,
    ]);
  });

  it('skips a backend in another namespace that no ReferenceGrant opens, and counts it with one', () => {
    const attached = { 'infra/public/http': ['HTTPRoute/other/cross'] };
    expect(uses(attached)).toEqual([]);
    const grant = referenceGrant(
      'shop/allow',
      [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'HTTPRoute',
          namespace: 'other',
        },
      ],
      [{ group: '', kind: 'Service' }],
    );
    expect(uses(attached, [grant])).toEqual([WEB]);
  });

  it('counts a backend Service that does not exist, so a policy on it reports TargetNotFound', () => {
    expect(uses({ 'infra/public/http': ['HTTPRoute/shop/missing'] })).toEqual([
      { gatewayKey: 'infra/public', service: 'shop/gone', port: 443 },
    ]);
  });

  it("gives a ListenerSet's listeners to the Gateway it joins", () => {
    expect(
      uses({ 'ListenerSet/team/extra/team-http': ['HTTPRoute/shop/web'] }),
    ).toEqual([WEB]);
  });
});
