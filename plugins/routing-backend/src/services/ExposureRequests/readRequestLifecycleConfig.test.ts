import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_LIFECYCLE,
  readRequestLifecycleConfig,
} from './readRequestLifecycleConfig';

const read = (requests?: object) => {
  const logger = mockServices.logger.mock();
  const config = new ConfigReader(
    requests ? { routing: { exposure: { requests } } } : {},
  );
  return { result: readRequestLifecycleConfig(config, logger), logger };
};

describe('readRequestLifecycleConfig', () => {
  it('runs every minute and expires after 30 days by default', () => {
    expect(read().result).toEqual(DEFAULT_LIFECYCLE);
    expect(DEFAULT_LIFECYCLE.expireAfterMs).toBe(30 * 86_400_000);
  });

  it('reads the schedule and the expiry, as an object or ISO 8601', () => {
    expect(
      read({
        refresh: { frequency: { seconds: 30 }, timeout: { minutes: 2 } },
        expireAfter: { days: 14 },
      }).result,
    ).toEqual({
      schedule: { frequency: { seconds: 30 }, timeout: { minutes: 2 } },
      expireAfterMs: 14 * 86_400_000,
    });
    expect(read({ expireAfter: 'P2D' }).result.expireAfterMs).toBe(
      2 * 86_400_000,
    );
  });

  it('logs a bad value and keeps its default, never throwing', () => {
    const { result, logger } = read({
      refresh: { frequency: 'often' },
      expireAfter: { days: -1 },
    });
    expect(result).toEqual(DEFAULT_LIFECYCLE);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('routing.exposure.requests.refresh'),
    );
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining('routing.exposure.requests.expireAfter'),
    );
  });
});
