import type { LoggerService } from '@backstage/backend-plugin-api';

/**
 * A LoggerService of jest mocks. `mockServices.logger.mock()` does the same, but importing
 * `@backstage/backend-test-utils` costs these tests several seconds.
 */
export function mockLogger(): jest.Mocked<LoggerService> {
  const logger: jest.Mocked<LoggerService> = {
    error: jest.fn(),
    warn: jest.fn(),
    info: jest.fn(),
    debug: jest.fn(),
    child: jest.fn<LoggerService, Parameters<LoggerService['child']>>(
      () => logger,
    ),
  };
  return logger;
}
