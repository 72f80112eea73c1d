import { clusterUrlProblem } from './clusterUrlRules';

const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map(address => ({ address }));

const check = (
  url: string,
  options: { allow?: string[]; lookup?: ReturnType<typeof resolvesTo> } = {},
) =>
  clusterUrlProblem(url, {
    dangerouslyAllowClusterUrls: options.allow,
    lookup: options.lookup ?? resolvesTo('8.8.4.4'),
  });

describe('clusterUrlProblem', () => {
  it('accepts https to a host that resolves only to public addresses', async () => {
    await expect(
      check('https://k8s.example.com', {
        lookup: resolvesTo('8.8.8.8', '2001:4860:4860::8888'),
      }),
    ).resolves.toBeUndefined();
    await expect(check('https://8.8.8.8:6443')).resolves.toBeUndefined();
  });

  it.each([
    ['not a url', 'the API server URL "not a url" is not a valid URL'],
    [
      'https://user:pass@k8s.example.com',
      'the API server URL must not contain credentials',
    ],
    [
      'ftp://k8s.example.com',
      'the API server URL must use the http or https scheme',
    ],
    [
      'http://k8s.example.com',
      'the API server URL must use https, unless its host is listed in dangerouslyAllowClusterUrls',
    ],
    [
      'https://10.0.0.1',
      'the API server URL must not use a non-public IP address, unless its host is listed in dangerouslyAllowClusterUrls',
    ],
    [
      'https://169.254.169.254',
      'the API server URL must not use a non-public IP address, unless its host is listed in dangerouslyAllowClusterUrls',
    ],
    [
      'https://[::1]',
      'the API server URL must not use a non-public IP address, unless its host is listed in dangerouslyAllowClusterUrls',
    ],
  ])('refuses %s', async (url, problem) => {
    await expect(check(url)).resolves.toBe(problem);
  });

  it('refuses a host name with any non-public address, and one that does not resolve', async () => {
    await expect(
      check('https://k8s.example.com', {
        lookup: resolvesTo('8.8.8.8', '192.168.1.10'),
      }),
    ).resolves.toBe(
      'the API server host "k8s.example.com" resolves to a non-public address, unless its host is listed in dangerouslyAllowClusterUrls',
    );
    await expect(
      check('https://nowhere.example.com', {
        lookup: async () => {
          throw Object.assign(new Error('getaddrinfo ENOTFOUND'), {
            code: 'ENOTFOUND',
          });
        },
      }),
    ).resolves.toBe(
      'the API server host "nowhere.example.com" cannot be resolved (ENOTFOUND)',
    );
  });

  it('exempts hosts matching dangerouslyAllowClusterUrls, a domain with *.', async () => {
    const lookup = jest.fn(resolvesTo('10.0.0.1'));
    const allow = ['*.corp.internal', '10.0.0.1'];
    await expect(
      check('http://api.k8s.corp.internal', { allow, lookup }),
    ).resolves.toBeUndefined();
    await expect(
      check('https://corp.internal', { allow, lookup }),
    ).resolves.toBeUndefined();
    await expect(check('https://10.0.0.1', { allow })).resolves.toBeUndefined();
    expect(lookup).not.toHaveBeenCalled();
    await expect(
      check('https://corp.internal.evil.com', { allow, lookup }),
    ).resolves.toMatch(/resolves to a non-public address/);
    await expect(
      check('https://user:pass@api.corp.internal', { allow }),
    ).resolves.toBe('the API server URL must not contain credentials');
  });
});
