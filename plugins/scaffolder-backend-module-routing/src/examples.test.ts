import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createLocalGitOpsRepository } from '@portway/plugin-routing-node';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import { storefrontRequest } from './__testUtils__/fixtures';
import { createRenderExposureAction } from './actions/exposure/createRenderExposureAction';
import { createGitOpsBranchAction } from './actions/gitops/createGitOpsBranchAction';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** The demo data this module ships with: the template and the GitOps seed. */
describe('examples', () => {
  const tempDir = useTempDirs();
  const gitops = createLocalGitOpsRepository({
    path: '/nonexistent',
    baseBranch: 'main',
    author: { name: 'x', email: 'x@example.com' },
    logger: mockServices.logger.mock(),
  });
  const actions = [
    createRenderExposureAction({
      gitops,
      permissions: mockServices.permissions.mock(),
    }),
    createGitOpsBranchAction({ gitops }),
  ];

  async function readTemplate() {
    return parse(
      await fs.readFile(
        path.join(EXAMPLES, 'templates/expose-http/template.yaml'),
        'utf8',
      ),
    );
  }

  it('gives the expose-http template only inputs that the routing actions declare', async () => {
    const template = await readTemplate();

    for (const action of actions) {
      const step = template.spec.steps.find((s: any) => s.action === action.id);
      const declared = Object.keys((action.schema?.input as any).properties);
      expect(declared).toEqual(expect.arrayContaining(Object.keys(step.input)));
    }
  });

  it('runs exactly one publish step for each GitOps provider', async () => {
    const template = await readTemplate();
    const conditions = template.spec.steps.slice(1).map((s: any) => s.if);

    expect(conditions).toEqual(
      ['local', 'github', 'gitlab', 'bitbucketServer'].map(
        provider =>
          `\${{ steps.render.output.gitops.provider === '${provider}' }}`,
      ),
    );
  });

  it('lists the template in the templates location', async () => {
    const location = parse(
      await fs.readFile(path.join(EXAMPLES, 'templates/all.yaml'), 'utf8'),
    );

    expect(location.spec.targets).toContain('./expose-http/template.yaml');
  });

  it('seeds a GitOps repository in which exposing storefront merges the existing kustomization.yaml', async () => {
    const dir = await tempDir();
    const seeded = createLocalGitOpsRepository({
      path: path.join(dir, 'gitops'),
      seedDirectory: path.join(EXAMPLES, 'gitops'),
      baseBranch: 'main',
      author: { name: 'x', email: 'x@example.com' },
      logger: mockServices.logger.mock(),
    });
    const render = createRenderExposureAction({
      gitops: seeded,
      permissions: mockServices.permissions.mock({
        authorize: async () => [{ result: AuthorizeResult.ALLOW }],
      }),
    });
    const workspacePath = path.join(dir, 'workspace');

    await render.handler(
      createMockActionContext({ input: storefrontRequest, workspacePath }),
    );

    const kustomization = parse(
      await fs.readFile(
        path.join(
          workspacePath,
          'clusters/demo/shop/storefront/kustomization.yaml',
        ),
        'utf8',
      ),
    );
    expect(kustomization.resources).toEqual([
      'service.yaml',
      'httproute-storefront.yaml',
    ]);
  });
});
