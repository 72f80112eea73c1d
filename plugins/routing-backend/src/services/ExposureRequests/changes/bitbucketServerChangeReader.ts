import {
  getBitbucketServerRequestOptions,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import fetch from 'node-fetch';
import type { ChangeReader } from './types';
import {
  integrationForHost,
  parsePullRequestUrl,
  unreadablePullRequest,
} from './pullRequests';

const PULL_REQUEST_PATH =
  /\/projects\/([^/]+)\/repos\/([^/]+)\/pull-requests\/(\d+)(?:\/overview)?\/?$/;

/**
 * Reads Bitbucket Server (Data Center) pull requests through its REST API, with the
 * `integrations.bitbucketServer` entry of their host (its API base URL and token or user).
 */
export function createBitbucketServerChangeReader(
  integrations: ScmIntegrationRegistry,
): ChangeReader {
  return {
    async read(change) {
      const { url, host, match } = parsePullRequestUrl(
        change,
        PULL_REQUEST_PATH,
        'https://<host>/projects/<PROJECT>/repos/<repo>/pull-requests/<id>',
      );
      const { config } = integrationForHost(
        integrations.bitbucketServer,
        host,
        'bitbucketServer',
      );
      const [, project, repo, id] = match;
      const response = await fetch(
        `${config.apiBaseUrl}/projects/${project}/repos/${repo}/pull-requests/${id}`,
        getBitbucketServerRequestOptions(config),
      );
      if (!response.ok) {
        throw unreadablePullRequest(url, response.status, response.statusText);
      }
      const { state } = (await response.json()) as { state: string };
      if (state === 'MERGED') return { state: 'merged' };
      if (state === 'DECLINED') {
        return { state: 'closed', reason: `pull request #${id} was declined` };
      }
      return { state: 'open' };
    },
  };
}
