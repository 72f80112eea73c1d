import fs from 'node:fs/promises';
import path from 'node:path';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
// Only this test starts the routing backend beside the module, to show they share one repository.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import routingPlugin from '@portway/plugin-routing-backend';
import { exposureServiceRef } from '@portway/plugin-routing-node';
import {
  mockGitOpsRepositoryService,
  useTempDirs,
} from '@portway/plugin-routing-node/testUtils';
import {
  fakeRoutingBackend,
  storefrontRequest,
} from './__testUtils__/fixtures';
import { scaffolderModuleRouting } from './module';

/** The catalog entity of the demo cluster's storefront Service (examples/cluster). */
const storefrontEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'storefront',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-id': 'storefront' },
  },
  spec: { type: 'service', owner: 'team-shop', lifecycle: 'production' },
};

describe('scaffolderModuleRouting', () => {
  const tempDir = useTempDirs();

  it('adds the exposure, branch and Ingress actions to the scaffolder', async () => {
    const addActions = jest.fn();
    const dir = await tempDir();

    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModuleRouting,
        mockServices.rootConfig.factory({
          data: {
            routing: { gitops: { local: { path: path.join(dir, 'gitops') } } },
          },
        }),
      ],
    });

    expect(addActions.mock.calls.flat().map(action => action.id)).toEqual([
      'routing:exposure:render',
      'routing:exposure:open',
      'routing:gitops:branch',
      'routing:ingress:migrate',
      'routing:ingress:remove',
      'routing:virtualservice:convert',
    ]);
  });

  it('starts without routing.gitops, and the actions then say what to configure', async () => {
    const addActions = jest.fn();

    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModuleRouting,
        mockServices.rootConfig.factory({ data: {} }),
      ],
    });

    const [, , branch] = addActions.mock.calls.flat();
    const workspacePath = await tempDir();
    await fs.writeFile(path.join(workspacePath, 'file.yaml'), 'x\n');
    await expect(
      branch.handler(
        createMockActionContext({
          input: { branchName: 'portway/x', title: 'x' },
          workspacePath,
        }),
      ),
    ).rejects.toThrow('Missing routing.gitops: set routing.gitops.local.path');
  });

  it('uses the GitOps repository and the exposure service the backend gives, an organisation’s own when it replaced them', async () => {
    const addActions = jest.fn();
    const gitops = mockGitOpsRepositoryService();
    const exposure = fakeRoutingBackend();

    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModuleRouting,
        gitops.serviceFactory,
        createServiceFactory({
          service: exposureServiceRef,
          deps: {},
          factory: () => exposure,
        }),
      ],
    });

    const [render] = addActions.mock.calls.flat();
    const ctx = createMockActionContext({
      input: storefrontRequest,
      workspacePath: await tempDir(),
    });
    await render.handler(ctx);
    expect(exposure.preflight).toHaveBeenCalledTimes(1);
    expect(ctx.output).toHaveBeenCalledWith('gitops', gitops.repository.target);
  });

  it('shares one GitOps repository with the routing backend, which its preflight reads', async () => {
    const addActions = jest.fn();
    const gitops = mockGitOpsRepositoryService();

    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [
        scaffolderModuleRouting,
        routingPlugin,
        gitops.serviceFactory,
        catalogServiceMock.factory({ entities: [storefrontEntity] }),
        mockServices.rootConfig.factory({
          data: {
            backend: {
              database: { client: 'better-sqlite3', connection: ':memory:' },
            },
            routing: {
              snapshotClusters: [
                {
                  name: 'demo',
                  directory: path.resolve(
                    __dirname,
                    '../../../examples/cluster',
                  ),
                },
              ],
            },
          },
        }),
      ],
    });

    const [render] = addActions.mock.calls.flat();
    const ctx = createMockActionContext({
      // The demo cluster has an HTTPRoute storefront already.
      input: { ...storefrontRequest, name: 'storefront-public' },
      workspacePath: await tempDir(),
    });
    // The action asks the routing backend (through discovery) for the preflight.
    await render.handler(ctx);
    expect(gitops.factory).toHaveBeenCalledTimes(1);
    expect(gitops.repository.readFolder).toHaveBeenCalledWith(
      'clusters/demo/shop/storefront',
    );
    expect(ctx.output).toHaveBeenCalledWith('gitops', gitops.repository.target);
  });
});
