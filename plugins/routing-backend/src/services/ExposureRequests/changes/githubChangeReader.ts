import {
  DefaultGithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { InputError } from '@backstage/errors';
import { Octokit } from '@octokit/rest';
import type { ChangeReader } from './types';
import {
  integrationForHost,
  parsePullRequestUrl,
  unreadablePullRequest,
} from './pullRequests';

const PULL_REQUEST_PATH = /^\/([^/]+)\/([^/]+)\/pull\/(\d+)\/?$/;

/**
 * Reads GitHub (and GitHub Enterprise) pull requests with the `integrations.github` entry of
 * their host: its token or GitHub App, and its API base URL.
 */
export function createGithubChangeReader(
  integrations: ScmIntegrationRegistry,
): ChangeReader {
  const credentials =
    DefaultGithubCredentialsProvider.fromIntegrations(integrations);
  return {
    async read(change) {
      const { url, host, match } = parsePullRequestUrl(
        change,
        PULL_REQUEST_PATH,
        'https://<host>/<owner>/<repo>/pull/<number>',
      );
      const [, owner, repo, number] = match;
      const { config } = integrationForHost(
        integrations.github,
        host,
        'github',
      );
      if (!config.apiBaseUrl) {
        throw new InputError(
          `The integrations.github entry for ${host} has no apiBaseUrl: set it (https://${host}/api/v3 for GitHub Enterprise)`,
        );
      }
      const { token } = await credentials.getCredentials({
        url: `https://${host}/${owner}/${repo}`,
      });
      const octokit = new Octokit({ auth: token, baseUrl: config.apiBaseUrl });
      let pull;
      try {
        ({ data: pull } = await octokit.pulls.get({
          owner,
          repo,
          pull_number: Number(number),
        }));
      } catch (error) {
        const { status, message } = error as {
          status?: number;
          message: string;
        };
        throw unreadablePullRequest(url, status, message);
      }
      if (pull.merged) return { state: 'merged' };
      if (pull.state === 'closed') {
        return {
          state: 'closed',
          reason: `pull request #${number} was closed without being merged`,
        };
      }
      return { state: 'open' };
    },
  };
}
