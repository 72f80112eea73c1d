import type {
  AuthenticationStrategy,
  ClusterDetails,
} from '@backstage/plugin-kubernetes-node';
import { reuseBearerToken } from './reuseBearerToken';

const cluster = (name: string): ClusterDetails => ({
  name,
  url: `https://${name}.example.com`,
  authMetadata: { 'kubernetes.io/auth-provider': 'aws' },
});

describe('reuseBearerToken', () => {
  afterEach(() => jest.useRealTimers());

  it('reuses a token per cluster for the given time, then signs a new one', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    let signed = 0;
    const inner: AuthenticationStrategy = {
      getCredential: jest.fn(async (details: ClusterDetails) => ({
        type: 'bearer token' as const,
        token: `${details.name}-${++signed}`,
      })),
      validateCluster: () => [],
      presentAuthMetadata: () => ({}),
    };
    const strategy = reuseBearerToken(inner, 60_000);
    await expect(strategy.getCredential(cluster('a'), {})).resolves.toEqual({
      type: 'bearer token',
      token: 'a-1',
    });
    await expect(
      strategy.getCredential(cluster('b'), {}),
    ).resolves.toMatchObject({
      token: 'b-2',
    });
    jest.setSystemTime(1_000_000 + 59_000);
    await expect(
      strategy.getCredential(cluster('a'), {}),
    ).resolves.toMatchObject({
      token: 'a-1',
    });
    jest.setSystemTime(1_000_000 + 60_000);
    await expect(
      strategy.getCredential(cluster('a'), {}),
    ).resolves.toMatchObject({
      token: 'a-3',
    });
    expect(inner.getCredential).toHaveBeenCalledTimes(3);
  });

  it('does not keep a failure', async () => {
    const inner: AuthenticationStrategy = {
      getCredential: jest
        .fn()
        .mockRejectedValueOnce(new Error('no credentials'))
        .mockResolvedValue({ type: 'bearer token', token: 't' }),
      validateCluster: () => [],
      presentAuthMetadata: () => ({}),
    };
    const strategy = reuseBearerToken(inner, 60_000);
    await expect(strategy.getCredential(cluster('a'), {})).rejects.toThrow(
      'no credentials',
    );
    await expect(
      strategy.getCredential(cluster('a'), {}),
    ).resolves.toMatchObject({
      token: 't',
    });
  });
});
