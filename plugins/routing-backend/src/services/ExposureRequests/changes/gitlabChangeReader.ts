import {
  getGitLabIntegrationRelativePath,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { InputError } from '@backstage/errors';
import { Gitlab } from '@gitbeaker/rest';
import type { ChangeReader } from './types';
import {
  integrationForHost,
  parsePullRequestUrl,
  unreadablePullRequest,
} from './pullRequests';

const MERGE_REQUEST_PATH = /^(\/.+?)\/-\/merge_requests\/(\d+)\/?$/;

/** A gitbeaker request error keeps the response (and the request, with the token) in its cause. */
interface GitbeakerError {
  message: string;
  cause?: { response?: { status?: number } };
}

/**
 * Reads GitLab merge requests with the `integrations.gitlab` entry of their host: its token
 * and base URL (a GitLab served under a path, too), as Backstage's GitLab publish actions do.
 */
export function createGitlabChangeReader(
  integrations: ScmIntegrationRegistry,
): ChangeReader {
  return {
    async read(change) {
      const { url, host, match } = parsePullRequestUrl(
        change,
        MERGE_REQUEST_PATH,
        'https://<host>/<group>/<project>/-/merge_requests/<iid>',
      );
      const { config } = integrationForHost(
        integrations.gitlab,
        host,
        'gitlab',
      );
      if (!config.token) {
        throw new InputError(
          `The integrations.gitlab entry for ${host} has no token: add one with the read_api scope`,
        );
      }
      const [, path, iid] = match;
      const relativePath = getGitLabIntegrationRelativePath(config);
      if (!path.startsWith(`${relativePath}/`)) {
        throw new InputError(
          `"${url}" is not below ${config.baseUrl}, the base URL of the integrations.gitlab entry for ${host}`,
        );
      }
      const project = path.slice(relativePath.length + 1);
      const gitlab = new Gitlab({ host: config.baseUrl, token: config.token });
      let mergeRequest;
      try {
        mergeRequest = await gitlab.MergeRequests.show(project, Number(iid));
      } catch (error) {
        const { message, cause } = error as GitbeakerError;
        throw unreadablePullRequest(
          url,
          cause?.response?.status,
          message,
          'merge request',
        );
      }
      if (mergeRequest.state === 'merged') return { state: 'merged' };
      if (mergeRequest.state === 'closed') {
        return {
          state: 'closed',
          reason: `merge request !${iid} was closed without being merged`,
        };
      }
      return { state: 'open' }; // opened, or locked while it is being merged
    },
  };
}
