import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  ExistingFolder,
  KubernetesObject,
  parseExposureRequest,
} from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import {
  clusterWith,
  SYNCED_AT,
} from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import {
  createExposurePreflightService,
  ExposurePreflightServiceOptions,
} from './createExposurePreflightService';

const storefront: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'storefront',
    annotations: { 'backstage.io/kubernetes-id': 'storefront' },
  },
};

/** An entity labelled for objects of which the cluster has none unless a test adds them. */
const someoneElse: Entity = {
  ...storefront,
  metadata: {
    name: 'storefront',
    annotations: { 'backstage.io/kubernetes-id': 'someone-else' },
  },
};

/** A Service in shop labelled for `owner`. */
const serviceOf = (owner: string): KubernetesObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: owner,
    namespace: 'shop',
    labels: { 'backstage.io/kubernetes-id': owner },
  },
  spec: { ports: [{ port: 8080 }] },
});

const objects: KubernetesObject[] = [
  {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: 'shop',
      labels: { 'kubernetes.io/metadata.name': 'shop' },
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'storefront',
      namespace: 'shop',
      labels: { 'backstage.io/kubernetes-id': 'storefront' },
    },
    spec: { ports: [{ name: 'http', port: 8080 }] },
  },
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GatewayClass',
    metadata: { name: 'istio' },
    spec: { controllerName: 'istio.io/gateway-controller' },
  },
  {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'infra' },
    spec: {
      gatewayClassName: 'istio',
      listeners: [
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          hostname: '*.shop.example.com',
          tls: { certificateRefs: [{ name: 'shop-tls' }] },
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ],
    },
  },
];

const request = (overrides: object = {}) =>
  parseExposureRequest({
    ...storefrontExposureRequest,
    cluster: 'prod',
    ...overrides,
  });

const folder = 'clusters/prod/shop/storefront';

function preflightWith(
  readFolder: (path: string) => Promise<ExistingFolder>,
  more: {
    objects?: KubernetesObject[];
    policy?: ExposurePreflightServiceOptions['policy'];
    policyChecks?: ExposurePreflightServiceOptions['policyChecks'];
  } = {},
) {
  const reads: string[] = [];
  const service = createExposurePreflightService({
    clusters: clusterCachesOf(
      clusterWith('prod', [...objects, ...(more.objects ?? [])]),
    ),
    gitops: {
      readFolder: async path => {
        reads.push(path);
        return readFolder(path);
      },
    },
    logger: mockServices.logger.mock(),
    policy: more.policy,
    policyChecks: more.policyChecks,
    now: () => SYNCED_AT,
  });
  return { service, reads };
}

const codes = (result: { findings: Array<{ code: string }> }) =>
  result.findings.map(finding => finding.code);

describe('createExposurePreflightService', () => {
  it('checks the request against the cached cluster and merges the GitOps folder’s kustomization.yaml', async () => {
    const { service, reads } = preflightWith(async () => ({
      'kustomization.yaml': 'resources:\n  - service.yaml # keep\n',
    }));
    const result = await service.preflight(request(), storefront);
    expect(reads).toEqual([folder]);
    expect(result.ok).toBe(true);
    expect(result.findings.filter(f => f.severity === 'error')).toEqual([]);
    const kustomization = result.files.find(
      file => file.path === `${folder}/kustomization.yaml`,
    );
    expect(kustomization?.content).toContain('service.yaml # keep');
    expect(kustomization?.content).toContain('httproute-storefront.yaml');
  });

  it('finds a port the cached Service does not have', async () => {
    const { service } = preflightWith(async () => ({}));
    const result = await service.preflight(
      request({ service: { name: 'storefront', port: 9999 } }),
      storefront,
    );
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'PortNotOnService',
        field: 'service.port',
      }),
    );
  });

  it('refuses a Service that the entity does not own', async () => {
    const { service } = preflightWith(async () => ({}), {
      objects: [serviceOf('someone-else')],
    });
    const result = await service.preflight(request(), someoneElse);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        code: 'ServiceNotOwned',
        field: 'service.name',
      }),
    );
  });

  it('refuses a namespace where none of the entity’s objects live, instead of the Service', async () => {
    const { service } = preflightWith(async () => ({}));
    const result = await service.preflight(request(), someoneElse);
    expect(result.ok).toBe(false);
    expect(codes(result)).toContain('NamespaceNotAllowed');
    expect(codes(result)).not.toContain('ServiceNotOwned');
  });

  it('allows such a namespace when the policy gives it to one of the entity’s owners', async () => {
    const { service } = preflightWith(async () => ({}), {
      policy: {
        policy: { namespaces: [{ owner: 'platform', namespaces: ['shop'] }] },
        findings: [],
      },
    });
    const result = await service.preflight(request(), {
      ...someoneElse,
      spec: { owner: 'platform' },
    });
    expect(codes(result)).toContain('ServiceNotOwned');
    expect(codes(result)).not.toContain('NamespaceNotAllowed');
  });

  it('checks the hostname policy with the owners of the entity', async () => {
    const policy = {
      policy: {
        hostnames: [
          { owner: 'group:default/shop', domains: ['*.shop.example.org'] },
        ],
      },
      findings: [],
    };
    const { service } = preflightWith(async () => ({}), { policy });
    const owned = await service.preflight(request(), {
      ...storefront,
      relations: [{ type: 'ownedBy', targetRef: 'group:default/shop' }],
    });
    expect(owned.findings).toContainEqual(
      expect.objectContaining({
        code: 'HostnameNotAllowed',
        field: 'hostnames[0]',
        message: expect.stringContaining(
          'the rule for owner group:default/shop allows only *.shop.example.org',
        ),
      }),
    );
    const unowned = await service.preflight(request(), storefront);
    expect(unowned.ok).toBe(true);
  });

  it('refuses every request while the configured policy is invalid, even one that breaks its own rules', async () => {
    const invalid = {
      severity: 'error' as const,
      code: 'ExposurePolicyInvalid',
      message: 'The exposure policy in config is invalid (...)',
    };
    const { service } = preflightWith(async () => ({}), {
      policy: { findings: [invalid] },
    });
    for (const result of [
      await service.preflight(request(), storefront),
      await service.preflight(request({ hostnames: ['Bad_Host'] }), storefront),
      await service.preflight(request(), undefined),
    ]) {
      expect(result.ok).toBe(false);
      expect(result.files).toEqual([]);
      expect(result.findings).toContainEqual(invalid);
    }
  });

  it('warns, without failing, when the GitOps folder cannot be read', async () => {
    const { service } = preflightWith(async () => {
      throw new Error('Missing routing.gitops');
    });
    const result = await service.preflight(request(), storefront);
    expect(result.ok).toBe(true);
    expect(result.files.map(file => file.path)).toEqual([
      `${folder}/httproute-storefront.yaml`,
      `${folder}/kustomization.yaml`,
    ]);
    expect(result.findings).toContainEqual({
      severity: 'warning',
      code: 'GitOpsUnavailable',
      message: expect.stringContaining(
        `${folder} could not be read (Missing routing.gitops)`,
      ),
    });
  });

  it('answers only the request’s own findings when it breaks its rules, reading neither GitOps nor clusters', async () => {
    const { service, reads } = preflightWith(async () => ({}));
    const result = await service.preflight(
      request({
        hostnames: ['Bad_Host'],
        service: { name: 'storefront', port: 9999 },
      }),
      storefront,
    );
    expect(reads).toEqual([]);
    expect(result.ok).toBe(false);
    expect(codes(result)).toContain('InvalidHostname');
    expect(codes(result)).not.toContain('PortNotOnService');
  });

  it('reports an entity the catalog does not have on entityRef, with the request’s own findings', async () => {
    const { service, reads } = preflightWith(async () => ({}));
    const result = await service.preflight(
      request({ hostnames: ['Bad_Host'] }),
      undefined,
    );
    expect(reads).toEqual([]);
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'EntityNotFound',
        field: 'entityRef',
      }),
    );
    expect(codes(result)).toContain('InvalidHostname');
  });

  it('does not add EntityNotFound to an entityRef that is not a reference', async () => {
    const { service } = preflightWith(async () => ({}));
    const result = await service.preflight(
      request({ entityRef: 'not a ref' }),
      undefined,
    );
    expect(codes(result)).toContain('InvalidEntityRef');
    expect(codes(result)).not.toContain('EntityNotFound');
  });

  describe('policy checks of the organisation', () => {
    const costCenter = {
      name: 'cost-center',
      check: jest.fn(async () => [
        {
          severity: 'error' as const,
          code: 'CostCenterMissing',
          message:
            'storefront has no cost center: add the acme.com/cost-center annotation',
        },
      ]),
    };
    beforeEach(() => costCenter.check.mockClear());

    it('adds their findings, with their own codes, to a request Portway finds no error in, and refuses it on an error', async () => {
      const { service } = preflightWith(async () => ({}), {
        policyChecks: [costCenter],
      });
      const result = await service.preflight(request(), storefront);
      expect(costCenter.check).toHaveBeenCalledWith({
        request: request(),
        entity: storefront,
      });
      expect(result.ok).toBe(false);
      expect(result.files).toEqual([]);
      expect(result.findings.at(-1)).toEqual(
        expect.objectContaining({ code: 'CostCenterMissing' }),
      );
    });

    it('keeps the files when a check gives only warnings', async () => {
      const { service } = preflightWith(async () => ({}), {
        policyChecks: [
          {
            name: 'naming',
            check: () => [
              { severity: 'warning', code: 'NameTooShort', message: 'x' },
            ],
          },
        ],
      });
      const result = await service.preflight(request(), storefront);
      expect(result.ok).toBe(true);
      expect(result.files).not.toEqual([]);
      expect(codes(result)).toContain('NameTooShort');
    });

    it('does not run them for a request Portway already refuses', async () => {
      const { service } = preflightWith(async () => ({}), {
        policyChecks: [costCenter],
      });
      const results = [
        await service.preflight(
          request({ service: { name: 'storefront', port: 9999 } }),
          storefront,
        ),
        await service.preflight(request(), undefined),
      ];
      expect(costCenter.check).not.toHaveBeenCalled();
      for (const result of results) {
        expect(codes(result)).not.toContain('CostCenterMissing');
      }
    });
  });
});
