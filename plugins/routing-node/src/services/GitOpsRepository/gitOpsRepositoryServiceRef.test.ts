import path from 'node:path';
import {
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { GitOpsRepository } from '../../gitops/types';
import { useTempDirs } from '../../testUtils';
import { gitOpsRepositoryServiceRef } from './gitOpsRepositoryServiceRef';

/** A plugin that only records the GitOps repository it was given. */
function pluginSeeing(pluginId: string, seen: GitOpsRepository[]) {
  return createBackendPlugin({
    pluginId,
    register(env) {
      env.registerInit({
        deps: { gitops: gitOpsRepositoryServiceRef },
        async init({ gitops }) {
          seen.push(gitops);
        },
      });
    },
  });
}

describe('gitOpsRepositoryServiceRef', () => {
  const tempDir = useTempDirs();

  it('builds the repository of routing.gitops once, for every plugin that depends on it', async () => {
    const dir = await tempDir();
    const seen: GitOpsRepository[] = [];

    await startTestBackend({
      features: [
        pluginSeeing('routing', seen),
        pluginSeeing('scaffolder', seen),
        mockServices.rootConfig.factory({
          data: {
            routing: {
              gitops: {
                local: { path: path.join(dir, 'gitops'), baseBranch: 'trunk' },
              },
            },
          },
        }),
      ],
    });

    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0].target).toEqual({ provider: 'local', baseBranch: 'trunk' });
    expect(seen[0]).toMatchObject({ path: path.join(dir, 'gitops') });
  });

  it('answers, without routing.gitops, with a repository whose reads say what to configure', async () => {
    const seen: GitOpsRepository[] = [];

    await startTestBackend({
      features: [
        pluginSeeing('routing', seen),
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });

    await expect(seen[0].readFolder('clusters/demo')).rejects.toThrow(
      'Missing routing.gitops: set routing.gitops.local.path',
    );
    expect(await seen[0].listPendingChanges()).toEqual([]);
  });

  it('is replaced by an organisation’s own factory, which every plugin then gets', async () => {
    const ownForge: GitOpsRepository = {
      target: {
        provider: 'github',
        repoUrl: 'github.acme.internal?owner=ops&repo=gitops',
        baseBranch: 'main',
      },
      readFolder: async () => ({ 'kustomization.yaml': 'resources: []\n' }),
      listPendingChanges: async () => [],
    };
    const factory = jest.fn(() => ownForge);
    const seen: GitOpsRepository[] = [];

    await startTestBackend({
      features: [
        pluginSeeing('routing', seen),
        pluginSeeing('scaffolder', seen),
        createServiceFactory({
          service: gitOpsRepositoryServiceRef,
          deps: {},
          factory,
        }),
      ],
    });

    expect(seen).toEqual([ownForge, ownForge]);
    expect(factory).toHaveBeenCalledTimes(1);
  });
});
