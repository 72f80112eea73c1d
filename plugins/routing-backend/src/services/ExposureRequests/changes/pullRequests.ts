import type {
  ScmIntegration,
  ScmIntegrationsGroup,
} from '@backstage/integration';
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  ServiceUnavailableError,
} from '@backstage/errors';
import type { ExposureChange } from '@portway/plugin-routing-common';

/** A change's pull (merge) request URL, with the parts of its path that the forge's pattern picked out. */
export interface ParsedPullRequestUrl {
  /** The whole URL, as recorded. */
  url: string;
  /** Its host (with the port, if any): the integration to use. */
  host: string;
  /** The pattern's match on the URL's path. */
  match: RegExpExecArray;
}

/**
 * The recorded pull request URL of a forge change, with its path matched against the forge's
 * pattern. Throws InputError when the change has none, or one that is not an http(s) URL of
 * the forge's format (named in the message).
 */
export function parsePullRequestUrl(
  change: ExposureChange,
  pattern: RegExp,
  format: string,
): ParsedPullRequestUrl {
  const url = change.pullRequestUrl;
  if (!url) {
    throw new InputError(
      `The ${change.provider} change on branch ${change.branchName} has no pull request URL to read`,
    );
  }
  const notOne = () =>
    new InputError(`"${url}" is not a pull request URL of the form ${format}`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw notOne();
  }
  const match = pattern.exec(parsed.pathname);
  if (!match || !['https:', 'http:'].includes(parsed.protocol)) throw notOne();
  return { url, host: parsed.host, match };
}

/**
 * The integration configured for a pull request's host. Throws InputError naming the host and
 * the `integrations.<key>` config to add when there is none.
 */
export function integrationForHost<T extends ScmIntegration>(
  group: ScmIntegrationsGroup<T>,
  host: string,
  configKey: 'github' | 'gitlab' | 'bitbucketServer',
): T {
  const integration = group.byHost(host);
  if (!integration) {
    throw new InputError(
      `No integration for ${host} in integrations.${configKey}: add one whose token can read its pull requests`,
    );
  }
  return integration;
}

/**
 * The error for a pull (merge) request the forge would not give: it names the request and the
 * forge's status and message, never the HTTP request that was sent (its headers hold the token).
 */
export function unreadablePullRequest(
  url: string,
  status: number | undefined,
  message: string,
  noun: 'pull request' | 'merge request' = 'pull request',
): Error {
  const prefix = `Could not read ${noun} ${url}`;
  if (status === 404) {
    return new NotFoundError(
      `${prefix}: not found (404): check that it exists and that the integration's token can read its repository`,
    );
  }
  if (status === 401 || status === 403) {
    return new NotAllowedError(
      `${prefix}: ${status} ${message}: check that the integration's token is valid and can read that repository's ${noun}s`,
    );
  }
  return new ServiceUnavailableError(
    `${prefix}: ${[status, message]
      .filter(Boolean)
      .join(' ')}: the state task tries again on its next run`,
  );
}
