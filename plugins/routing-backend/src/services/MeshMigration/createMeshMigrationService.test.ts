import { mockServices } from '@backstage/backend-test-utils';
import type { ExistingFolder } from '@portway/plugin-routing-common';
import {
  clusterWith,
  SYNCED_AT,
} from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import type { ClusterCache } from '../../clusters/cache/types';
import { kubernetesIdEntity } from '../../__testUtils__/kubernetesIdEntity';
import {
  catalogVirtualService,
  storefrontService,
} from './__testUtils__/meshSources';
import { createMeshMigrationService } from './createMeshMigrationService';

const storefront = kubernetesIdEntity('storefront');
const entityRef = 'component:default/storefront';
const FOLDER = 'clusters/demo/shop/storefront';

function serviceWith(
  clusters: ClusterCache[] = [
    clusterWith('demo', [catalogVirtualService, storefrontService]),
  ],
  readFolder: (path: string) => Promise<ExistingFolder> = async () => ({
    'kustomization.yaml': 'resources:\n  - service.yaml\n',
  }),
) {
  const reads: string[] = [];
  const service = createMeshMigrationService({
    clusters: clusterCachesOf(...clusters),
    gitops: {
      readFolder: async path => {
        reads.push(path);
        return readFolder(path);
      },
    },
    logger: mockServices.logger.mock(),
    now: () => SYNCED_AT,
  });
  return { service, reads };
}

const broken = (name: string) =>
  clusterWith(name, [], () => ({
    state: 'failing',
    message: 'connect ECONNREFUSED',
  }));

describe('createMeshMigrationService', () => {
  it("converts the entity's cached VirtualServices into files of its GitOps folder, kustomization.yaml merged", async () => {
    const { service, reads } = serviceWith();

    const preview = await service.preflightConversion(
      { entityRef },
      storefront,
    );

    expect(preview.findings).toEqual([]);
    expect(preview.ok).toBe(true);
    expect(reads).toEqual([FOLDER]);
    expect(preview.files.map(file => file.path)).toEqual([
      `${FOLDER}/grpcroute-storefront-catalog-grpc.yaml`,
      `${FOLDER}/kustomization.yaml`,
    ]);
    expect(preview.files[1].content).toBe(
      'resources:\n  - service.yaml\n  - grpcroute-storefront-catalog-grpc.yaml\n',
    );
    expect(preview.objects).toEqual([
      expect.objectContaining({ kind: 'GRPCRoute' }),
    ]);
    expect(preview.notes).toContainEqual(
      expect.objectContaining({
        object: 'VirtualService shop/storefront-catalog-grpc',
        field: 'spec.http[0].timeout',
      }),
    );
    expect(preview.report).toContain(
      `\`${FOLDER}/grpcroute-storefront-catalog-grpc.yaml\``,
    );
  });

  it('refuses a cluster it does not know, or one it cannot read, when the request names it', async () => {
    const { service } = serviceWith([
      clusterWith('demo', [catalogVirtualService, storefrontService]),
      broken('prod-eu'),
    ]);

    const unknown = await service.preflightConversion(
      { entityRef, cluster: 'nowhere' },
      storefront,
    );
    const unreadable = await service.preflightConversion(
      { entityRef, cluster: 'prod-eu' },
      storefront,
    );

    expect(unknown.findings.map(f => [f.severity, f.code])).toEqual([
      ['error', 'ClusterNotFound'],
      ['error', 'NothingToMigrate'],
    ]);
    expect(unknown.findings[0].message).toBe(
      'cluster "nowhere" is not one Portway knows; known clusters: demo, prod-eu',
    );
    expect(unreadable.ok).toBe(false);
    expect(unreadable.findings[0]).toMatchObject({
      severity: 'error',
      code: 'ClusterUnavailable',
    });
  });

  it('reads every cluster when the request names none, a cluster it cannot read a warning only', async () => {
    const { service } = serviceWith([
      clusterWith('demo', [catalogVirtualService, storefrontService]),
      broken('prod-eu'),
    ]);

    const preview = await service.preflightConversion(
      { entityRef },
      storefront,
    );

    expect(preview.ok).toBe(true);
    expect(preview.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'ClusterUnavailable',
        message: expect.stringContaining('cluster prod-eu cannot be read'),
      }),
    ]);
    expect(preview.files).toHaveLength(2);
  });

  it('warns, without failing, when a GitOps folder cannot be read', async () => {
    const { service } = serviceWith(undefined, async () => {
      throw new Error('Missing routing.gitops');
    });

    const preview = await service.preflightConversion(
      { entityRef },
      storefront,
    );

    expect(preview.ok).toBe(true);
    expect(preview.findings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'GitOpsUnavailable',
        message: expect.stringContaining(
          `${FOLDER} could not be read (Missing routing.gitops)`,
        ),
      }),
    ]);
  });

  it('reports an entity the catalog does not have, reading nothing', async () => {
    const { service, reads } = serviceWith();

    const preview = await service.preflightConversion(
      { entityRef: 'component:default/nope' },
      undefined,
    );

    expect(reads).toEqual([]);
    expect(preview).toMatchObject({ ok: false, files: [], objects: [] });
    expect(preview.findings).toEqual([
      expect.objectContaining({ severity: 'error', code: 'EntityNotFound' }),
    ]);
  });
});
