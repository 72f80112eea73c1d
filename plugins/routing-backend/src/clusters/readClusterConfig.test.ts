import { ConfigReader } from '@backstage/config';
import { readLiveClusters, readSyncSettings } from './readClusterConfig';

describe('readLiveClusters', () => {
  it('reads config and localKubectlProxy locators and skips locators that find clusters at run time', () => {
    const config = new ConfigReader({
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [
              {
                name: 'prod-eu',
                url: 'https://prod-eu.example.com',
                authProvider: 'serviceAccount',
                serviceAccountToken: 'token',
                caData: 'Q0E=',
              },
            ],
          },
          { type: 'localKubectlProxy' },
          { type: 'catalog' },
        ],
      },
    });
    expect(readLiveClusters(config)).toEqual([
      {
        name: 'prod-eu',
        url: 'https://prod-eu.example.com',
        token: 'token',
        caData: 'Q0E=',
        caFile: undefined,
        skipTLSVerify: false,
      },
      { name: 'local', url: 'http://localhost:8001', skipTLSVerify: true },
    ]);
  });

  it('reads the in-cluster service account token file when no token is configured', () => {
    const config = new ConfigReader({
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [{ name: 'home', url: 'https://kubernetes.default.svc' }],
          },
        ],
      },
    });
    expect(readLiveClusters(config)).toEqual([
      expect.objectContaining({
        name: 'home',
        tokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token',
      }),
    ]);
    expect(readLiveClusters(config)[0].token).toBeUndefined();
  });

  it('refuses an auth provider Portway cannot use, naming the cluster', () => {
    const config = new ConfigReader({
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [
              { name: 'gke', url: 'https://x', authProvider: 'google' },
            ],
          },
        ],
      },
    });
    expect(() => readLiveClusters(config)).toThrow(
      /kubernetes cluster gke: authProvider "google" is not supported/,
    );
  });
});

describe('readSyncSettings', () => {
  it('reads the keys that are set and leaves the rest to the defaults', () => {
    expect(
      readSyncSettings(
        new ConfigReader({
          routing: { sync: { pageSize: 2, backoffMaxMs: 1000 } },
        }),
      ),
    ).toEqual({ pageSize: 2, backoffMaxMs: 1000 });
    expect(readSyncSettings(new ConfigReader({}))).toEqual({});
  });

  it('names the key of a value that is not a positive number', () => {
    expect(() =>
      readSyncSettings(
        new ConfigReader({ routing: { sync: { pageSize: 0 } } }),
      ),
    ).toThrow('routing.sync.pageSize must be a positive number, got 0');
  });
});
