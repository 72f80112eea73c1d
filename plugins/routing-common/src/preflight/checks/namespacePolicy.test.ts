import { exposureKind } from '../../exposure/exposureKinds';
import type { KubernetesObject } from '../../kubernetes/objects';
import type { ExposureRequestInput } from '../../types/exposure';
import type { ExposurePolicy } from '../../types/exposurePolicy';
import { parseExposureRequest } from '../../validation/parseExposureRequest';
import {
  codes,
  grpcMesh,
  http,
  preflight,
} from '../__testUtils__/preflightCase';
import {
  gatewayRoute,
  ownedBy,
  service,
  testCluster,
} from '../__testUtils__/testCluster';
import { namespaceMatches, namespacePolicy } from './namespacePolicy';
import type { CheckInput } from './types';

describe('namespaceMatches', () => {
  it.each([
    ['edge', 'edge', true],
    ['edge', 'edge-eu', false],
    ['shared-*', 'shared-eu', true],
    ['shared-*', 'shared-', true],
    ['shared-*', 'shared', false],
    ['shared-*', 'unshared-eu', false],
    ['*', 'anything', true],
  ])('%s matches %s: %s', (pattern, namespace, matches) => {
    expect(namespaceMatches(pattern, namespace)).toBe(matches);
  });
});

const platform: ExposurePolicy = {
  namespaces: [
    { owner: 'group:default/platform', namespaces: ['books', 'shared-*'] },
  ],
};

/** storefront (whose Services live in shop) asks for the Service `name` in `namespace`. */
function inputFor(
  namespace: string,
  name: string,
  options: Partial<CheckInput> & { extra?: KubernetesObject[] } = {},
): CheckInput {
  const { extra = [], ...rest } = options;
  const request = parseExposureRequest({
    ...http,
    namespace,
    service: { name, port: 8080 },
  });
  return {
    request,
    proposed: exposureKind(request.type).build(request),
    cluster: testCluster(extra),
    ownsService: ownedBy('storefront'),
    ...rest,
  };
}

const summary = (input: CheckInput) =>
  namespacePolicy(input).map(f => `${f.severity} ${f.code} ${f.field}`);

describe('namespacePolicy', () => {
  it('allows a namespace where the entity’s Service lives', () => {
    expect(namespacePolicy(inputFor('shop', 'storefront'))).toEqual([]);
  });

  it('allows another Service of a namespace where the entity has objects', () => {
    expect(namespacePolicy(inputFor('shop', 'payments'))).toEqual([]);
  });

  it('refuses a namespace where the entity has no object, naming where its objects live', () => {
    expect(namespacePolicy(inputFor('books', 'catalog'))).toEqual([
      {
        severity: 'error',
        code: 'NamespaceNotAllowed',
        field: 'namespace',
        message:
          "namespace books is not one where component:default/storefront's objects live in cluster prod-eu (they live in shop), and no namespaces rule of the exposure policy allows more to its owners: a team exposes its Services from its own namespaces",
      },
    ]);
  });

  it('counts a namespace where only a route of the entity lives', () => {
    const route = gatewayRoute('HTTPRoute', 'books', 'old', [], 'storefront');
    expect(
      namespacePolicy(inputFor('books', 'catalog', { extra: [route] })),
    ).toEqual([]);
  });

  it('lists every namespace of the entity, sorted', () => {
    const elsewhere = service(
      'edge',
      'storefront-edge',
      [{ port: 8080 }],
      'storefront',
    );
    const [finding] = namespacePolicy(
      inputFor('books', 'catalog', { extra: [elsewhere] }),
    );
    expect(finding.message).toContain('(they live in edge, shop)');
  });

  it('says when the entity has no object in the cluster at all', () => {
    const [finding] = namespacePolicy(
      inputFor('books', 'catalog', { ownsService: ownedBy('nobody') }),
    );
    expect(finding.message).toContain('(it has no Service or route there)');
  });

  it.each([
    ['an exact name', 'books'],
    ['a prefix', 'shared-eu'],
  ])(
    'allows a namespace that a rule for one of the owners gives by %s',
    (_, namespace) => {
      expect(
        namespacePolicy(
          inputFor(namespace, 'catalog', {
            policy: platform,
            owners: ['group:default/shop', 'group:default/platform'],
          }),
        ),
      ).toEqual([]);
    },
  );

  it('does not apply the rule of another owner, and names what the owners may use', () => {
    expect(
      summary(
        inputFor('books', 'catalog', {
          policy: platform,
          owners: ['group:default/shop'],
        }),
      ),
    ).toEqual(['error NamespaceNotAllowed namespace']);
    const edgeRule: ExposurePolicy = {
      namespaces: [{ owner: 'shop', namespaces: ['edge'] }],
    };
    const [finding] = namespacePolicy(
      inputFor('books', 'catalog', {
        policy: edgeRule,
        owners: ['group:default/shop'],
      }),
    );
    expect(finding.message).toContain(
      '(they live in shop), and its owners may also use edge:',
    );
  });

  it('is not checked without ownership; says so when the Service checks cannot', () => {
    expect(
      namespacePolicy(inputFor('books', 'catalog', { ownsService: undefined })),
    ).toEqual([]);
    expect(
      summary(inputFor('books', 'nothing', { ownsService: undefined })),
    ).toEqual(['info OwnershipNotChecked namespace']);
  });
});

describe('the namespace policy in the preflight', () => {
  const foreign: ExposureRequestInput = {
    ...http,
    namespace: 'books',
    service: { name: 'catalog', port: 8080 },
  };
  /** The test cluster with books open to the https listener, so only ownership is in question. */
  const cluster = () =>
    testCluster([
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'books', labels: { 'gateway-access': 'public' } },
      },
    ]);
  const asStorefront = {
    clusters: [cluster()],
    ownsService: ownedBy('storefront'),
  };

  it('says NamespaceNotAllowed instead of ServiceNotOwned for a Service in a foreign namespace', () => {
    expect(codes(preflight(foreign, asStorefront))).toEqual([
      'error NamespaceNotAllowed namespace',
    ]);
  });

  it('says ServiceNotOwned when a rule allows the namespace but the Service is another team’s', () => {
    const result = preflight(foreign, {
      ...asStorefront,
      policy: platform,
      owners: ['group:default/platform'],
    });
    expect(codes(result)).toEqual(['error ServiceNotOwned service.name']);
  });

  it('refuses a Service missing from a foreign namespace twice over: it is not there, and the namespace is not the entity’s', () => {
    const result = preflight(
      { ...foreign, service: { name: 'storefront', port: 8080 } },
      asStorefront,
    );
    expect(codes(result)).toEqual([
      'error BackendNotFound service.name',
      'error NamespaceNotAllowed namespace',
    ]);
  });

  it('says once that ownership was not checked when no entity is at hand', () => {
    expect(codes(preflight(foreign, { clusters: [cluster()] }))).toEqual([
      'info OwnershipNotChecked service.name',
    ]);
  });

  it('checks mesh requests too', () => {
    const result = preflight({
      ...grpcMesh,
      namespace: 'books',
      service: { name: 'catalog', port: 8080 },
    });
    expect(codes(result)).toContain('error NamespaceNotAllowed namespace');
  });
});
