import { unreadablePullRequest } from './pullRequests';

describe('unreadablePullRequest', () => {
  const url = 'https://github.com/acme/gitops/pull/12';

  it.each<[number | undefined, string, RegExp]>([
    [404, 'NotFoundError', /not found \(404\): check that it exists/],
    [
      401,
      'NotAllowedError',
      /401 Bad credentials: check that the integration's token is valid/,
    ],
    [
      403,
      'NotAllowedError',
      /403 Bad credentials: check that the integration's token is valid/,
    ],
    [
      500,
      'ServiceUnavailableError',
      /500 Bad credentials: the state task tries again/,
    ],
    [
      undefined,
      'ServiceUnavailableError',
      /12: Bad credentials: the state task tries again/,
    ],
  ])(
    'a forge answer %s is a %s that says what to do',
    (status, name, message) => {
      const error = unreadablePullRequest(url, status, 'Bad credentials');
      expect(error.name).toBe(name);
      expect(error.message).toMatch(`Could not read pull request ${url}`);
      expect(error.message).toMatch(message);
    },
  );

  it('names a GitLab merge request as such', () => {
    expect(
      unreadablePullRequest(url, 404, 'Not Found', 'merge request').message,
    ).toMatch(/^Could not read merge request /);
  });
});
