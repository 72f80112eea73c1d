import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  forgeProviders,
  type ForgeProvider,
} from '@portway/plugin-routing-node';
import { forgeChangeOpener, withFilesLeftToDelete } from './forgeChangeOpener';
import type { ChangeToOpen, PublishActions } from './types';

const URL_OUTPUT: Record<ForgeProvider, string> = {
  github: 'remoteUrl',
  gitlab: 'mergeRequestUrl',
  bitbucketServer: 'pullRequestUrl',
};

/** Stand-ins for the publish actions: each keeps the input it was run with and outputs a pull request URL. */
function recordingPublishActions() {
  const inputs: Partial<Record<ForgeProvider, Record<string, unknown>>> = {};
  const action = (provider: ForgeProvider) =>
    createTemplateAction({
      id: `publish:${provider}:stub`,
      async handler(ctx) {
        inputs[provider] = ctx.input;
        ctx.output(
          URL_OUTPUT[provider],
          `https://${provider}.example.com/pr/1`,
        );
      },
    });
  const actions = Object.fromEntries(
    forgeProviders.map(provider => [provider, action(provider)]),
  ) as unknown as PublishActions;
  return { actions, inputs };
}

const change: ChangeToOpen = {
  branchName: 'portway/remove-storefront-storefront-legacy',
  title: 'Remove the Ingress storefront-legacy of storefront',
  description: 'The report.\n',
  sourcePath: '.',
  filesToDelete: [
    'clusters/demo/shop/storefront/ingress-storefront-legacy.yaml',
  ],
};

async function open(provider: ForgeProvider, toOpen: ChangeToOpen) {
  const { actions, inputs } = recordingPublishActions();
  const opener = forgeChangeOpener(
    provider,
    {
      provider,
      repoUrl: `${provider}.example.com?owner=acme&repo=gitops`,
      baseBranch: 'main',
    },
    actions,
  );
  const logger = mockServices.logger.mock();
  const ctx = createMockActionContext({ input: {}, logger });
  const opened = await opener(ctx, toOpen);
  return { input: inputs[provider], opened, logger };
}

describe('forgeChangeOpener', () => {
  it('passes the files to delete to publish:github:pull-request, the description unchanged', async () => {
    const { input } = await open('github', change);

    expect(input).toMatchObject({
      filesToDelete: change.filesToDelete,
      description: change.description,
    });
  });

  it.each(['gitlab', 'bitbucketServer'] as const)(
    'opens the change on %s without the deletions, naming the files left to delete in the description and the log',
    async provider => {
      const { input, opened, logger } = await open(provider, change);

      expect(input).not.toHaveProperty('filesToDelete');
      expect(input?.description).toBe(
        withFilesLeftToDelete(
          change.description,
          `publish:${provider}:stub`,
          change.filesToDelete!,
        ),
      );
      expect(input?.description).toContain(`- \`${change.filesToDelete![0]}\``);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('cannot delete files'),
      );
      expect(opened.changeUrl).toBe(`https://${provider}.example.com/pr/1`);
    },
  );

  it.each(forgeProviders)(
    'leaves the input of %s as it was when nothing is to be deleted',
    async provider => {
      const { filesToDelete: _none, ...withoutDeletions } = change;
      const { input } = await open(provider, withoutDeletions);

      expect(input).not.toHaveProperty('filesToDelete');
      expect(input?.description).toBe(change.description);
    },
  );
});
