import { buildInventory } from './inventory';
import { toBackendTlsPolicy } from './backendTlsPoliciesModel';
import {
  precedenceByTarget,
  resolveTargets,
  targetKey,
} from './backendTlsPoliciesTargets';
import { backendTlsPolicy } from './__testUtils__/backendTlsPolicies';
import { service } from './__testUtils__/builders';

const inventory = buildInventory([
  service('shop/web', {
    ports: [
      { name: 'https', port: 443 },
      { name: 'admin', port: 9443 },
    ],
  }),
]);

const targets = (...targetRefs: Array<Record<string, string>>) =>
  resolveTargets(
    toBackendTlsPolicy(backendTlsPolicy('shop/p', { targetRefs })),
    inventory,
  );

const svc = (name: string, sectionName?: string) => ({
  group: '',
  kind: 'Service',
  name,
  ...(sectionName ? { sectionName } : {}),
});

describe('resolveTargets', () => {
  it('resolves a whole Service and a port of it by name', () => {
    expect(targets(svc('web'), svc('web', 'admin'))).toEqual([
      { ref: svc('web'), service: 'shop/web' },
      { ref: svc('web', 'admin'), service: 'shop/web', port: 9443 },
    ]);
  });

  it('says TargetNotFound for a missing Service and for a port name the Service lacks', () => {
    const [missing, noPort] = targets(svc('gone'), svc('web', 'grpc'));
    expect(missing.problem).toMatchObject({
      reason: 'TargetNotFound',
      field: 'spec.targetRefs[0]',
    });
    expect(noPort.problem).toMatchObject({
      reason: 'TargetNotFound',
      field: 'spec.targetRefs[1].sectionName',
    });
    expect(noPort.problem?.message).toContain('no port of that name');
  });

  it('predicts Invalid for targets other than core Services', () => {
    const [target] = targets({
      group: 'gateway.networking.k8s.io',
      kind: 'Gateway',
      name: 'web',
    });
    expect(target.problem?.reason).toBe('Invalid');
  });
});

describe('precedenceByTarget', () => {
  const policy = (
    key: string,
    sectionName?: string,
    creationTimestamp?: string,
  ) =>
    toBackendTlsPolicy(
      backendTlsPolicy(key, {
        targetRefs: [svc('web', sectionName)],
        creationTimestamp,
      }),
    );
  const winner = (
    policies: ReturnType<typeof policy>[],
    sectionName?: string,
  ) =>
    precedenceByTarget(policies).get(
      targetKey('shop', svc('web', sectionName)),
    );

  it('gives precedence to the oldest policy, whatever its name', () => {
    expect(
      winner([
        policy('shop/a', undefined, '2026-01-02T00:00:00Z'),
        policy('shop/z', undefined, '2026-01-01T00:00:00Z'),
      ]),
    ).toBe('shop/z');
  });

  it('orders policies created at once by namespace/name', () => {
    const at = '2026-01-01T00:00:00Z';
    expect(
      winner([
        policy('shop/baz', undefined, at),
        policy('shop/bar', undefined, at),
      ]),
    ).toBe('shop/bar');
    expect(winner([policy('shop/b'), policy('shop/a')])).toBe('shop/a');
  });

  it('counts a policy not yet in the cluster (no creationTimestamp) as the newest', () => {
    expect(
      winner([
        policy('shop/a'),
        policy('shop/z', undefined, '2026-01-01T00:00:00Z'),
      ]),
    ).toBe('shop/z');
  });

  it('keeps a policy on a port apart from one on the whole Service', () => {
    const policies = [policy('shop/whole'), policy('shop/port', 'https')];
    expect(winner(policies)).toBe('shop/whole');
    expect(winner(policies, 'https')).toBe('shop/port');
  });
});
