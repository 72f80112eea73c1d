import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { AppConfig, ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import routingPlugin from '@portway/plugin-routing-backend';
import { recordConfigReads } from './recordConfigReads';

/**
 * Starts the routing backend with the configs (later ones win), stops it, and gives every
 * config key read while it started.
 */
export async function configKeysReadAtStart(
  configs: AppConfig[],
): Promise<string[]> {
  const recording = recordConfigReads(ConfigReader.fromConfigs(configs));
  const backend = await startTestBackend({
    features: [
      routingPlugin,
      catalogServiceMock.factory(),
      mockServices.permissions.factory(),
      createServiceFactory({
        service: coreServices.rootConfig,
        deps: {},
        factory: () => recording.config,
      }),
    ],
  });
  await backend.stop();
  return recording.reads();
}
