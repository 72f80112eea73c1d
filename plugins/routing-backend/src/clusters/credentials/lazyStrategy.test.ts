import type {
  AuthenticationStrategy,
  ClusterDetails,
} from '@backstage/plugin-kubernetes-node';
import { lazyStrategy } from './lazyStrategy';

const cluster: ClusterDetails = {
  name: 'prod',
  url: 'https://prod.example.com',
  authMetadata: {},
};

function counted(getCredential: AuthenticationStrategy['getCredential']) {
  const build = jest.fn(
    (): AuthenticationStrategy => ({
      getCredential,
      validateCluster: () => [],
      presentAuthMetadata: () => ({}),
    }),
  );
  return { build, strategy: lazyStrategy(build) };
}

describe('lazyStrategy', () => {
  it('builds the strategy on first use, once', async () => {
    const { build, strategy } = counted(async () => ({ type: 'anonymous' }));
    expect(build).not.toHaveBeenCalled();
    expect(strategy.validateCluster({})).toEqual([]);
    await strategy.getCredential(cluster, {});
    await strategy.getCredential(cluster, {});
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds it anew after a failed getCredential', async () => {
    const getCredential = jest
      .fn()
      .mockRejectedValueOnce(new Error('token endpoint down'))
      .mockResolvedValue({ type: 'anonymous' });
    const { build, strategy } = counted(getCredential);
    await expect(strategy.getCredential(cluster, {})).rejects.toThrow(
      'token endpoint down',
    );
    await expect(strategy.getCredential(cluster, {})).resolves.toEqual({
      type: 'anonymous',
    });
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('throws the build error where the strategy is used, and tries again next time', () => {
    const build = jest
      .fn()
      .mockImplementationOnce(() => {
        throw new Error('bad aws config');
      })
      .mockReturnValue({
        validateCluster: () => [],
        getCredential: jest.fn(),
        presentAuthMetadata: () => ({}),
      });
    const strategy = lazyStrategy(build);
    expect(() => strategy.validateCluster({})).toThrow('bad aws config');
    expect(strategy.validateCluster({})).toEqual([]);
  });
});
