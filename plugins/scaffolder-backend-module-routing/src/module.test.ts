import fs from 'node:fs/promises';
import path from 'node:path';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import { scaffolderModuleRouting } from './module';

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
});
