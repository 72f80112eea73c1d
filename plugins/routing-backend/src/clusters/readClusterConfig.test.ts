import { ConfigReader } from '@backstage/config';
import { mockLogger } from './live/__testUtils__/mockLogger';
import {
  defaultSyncSettings,
  readSnapshotClusters,
  readSyncSettings,
} from './readClusterConfig';

describe('readSyncSettings', () => {
  it('reads the keys that are set and leaves the rest to the defaults', () => {
    const logger = mockLogger();
    expect(
      readSyncSettings(
        new ConfigReader({
          routing: {
            sync: {
              pageSize: 2,
              backoffMaxMs: 1000,
              clusterRefreshIntervalMs: 60_000,
            },
          },
        }),
        logger,
      ),
    ).toEqual({
      ...defaultSyncSettings,
      pageSize: 2,
      backoffMaxMs: 1000,
      clusterRefreshIntervalMs: 60_000,
    });
    expect(readSyncSettings(new ConfigReader({}), logger)).toEqual(
      defaultSyncSettings,
    );
    // The defaults the README's table of routing.sync keys gives.
    expect(defaultSyncSettings).toEqual({
      pageSize: 500,
      requestTimeoutMs: 10_000,
      watchTimeoutSeconds: 300,
      backoffInitialMs: 500,
      backoffMaxMs: 30_000,
      rediscoverIntervalMs: 300_000,
      healthCheckIntervalMs: 30_000,
      clusterRefreshIntervalMs: 300_000,
    });
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('warns about a value that is not a positive number, naming the key and the rule, and uses the default', () => {
    const logger = mockLogger();
    const settings = readSyncSettings(
      new ConfigReader({
        routing: { sync: { pageSize: 0, requestTimeoutMs: 'soon' } },
      }),
      logger,
    );
    expect(settings).toEqual(defaultSyncSettings);
    expect(logger.warn).toHaveBeenCalledWith(
      'routing.sync.pageSize must be a positive number, got 0; using the default, 500',
    );
    expect(logger.warn).toHaveBeenCalledWith(
      'routing.sync.requestTimeoutMs must be a positive number, got "soon"; using the default, 10000',
    );
  });

  it('warns about routing.sync that is not an object, and uses the defaults', () => {
    const logger = mockLogger();
    expect(
      readSyncSettings(new ConfigReader({ routing: { sync: 'fast' } }), logger),
    ).toEqual(defaultSyncSettings);
    expect(logger.warn).toHaveBeenCalledWith(
      'routing.sync must be an object of settings; using the defaults',
    );
  });
});

describe('readSnapshotClusters', () => {
  it('reads name and directory of each snapshot cluster', () => {
    expect(
      readSnapshotClusters(
        new ConfigReader({
          routing: { snapshotClusters: [{ name: 'demo', directory: 'x' }] },
        }),
      ),
    ).toEqual([{ name: 'demo', directory: 'x' }]);
  });
});
