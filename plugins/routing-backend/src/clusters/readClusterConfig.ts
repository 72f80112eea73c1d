import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { defaultLiveSyncSettings, LiveSyncSettings } from './live/settings';

/** A read-only cluster served from YAML files, from `routing.snapshotClusters`. */
export interface SnapshotClusterConfig {
  name: string;
  directory: string;
}

/** How clusters are found and synced, from `routing.sync`. */
export interface SyncSettings extends LiveSyncSettings {
  /** How often cluster locators and suppliers are asked again for their clusters. */
  clusterRefreshIntervalMs: number;
}

/** The settings used where `routing.sync` leaves a key unset or sets it wrong. */
export const defaultSyncSettings: SyncSettings = {
  ...defaultLiveSyncSettings,
  clusterRefreshIntervalMs: 300_000,
};

/**
 * How clusters are found and synced, from `routing.sync`. A value that is not a positive
 * number is logged as a warning and its default is used: a typo must not stop the backend.
 */
export function readSyncSettings(
  config: Config,
  logger: LoggerService,
): SyncSettings {
  const settings = { ...defaultSyncSettings };
  const sync = config.getOptional('routing.sync') ?? {};
  if (typeof sync !== 'object' || Array.isArray(sync)) {
    logger.warn(
      'routing.sync must be an object of settings; using the defaults',
    );
    return settings;
  }
  for (const key of Object.keys(defaultSyncSettings) as Array<
    keyof SyncSettings
  >) {
    const value = sync[key];
    if (value === undefined) continue;
    if (typeof value === 'number' && value > 0) {
      settings[key] = value;
    } else {
      logger.warn(
        `routing.sync.${key} must be a positive number, got ${JSON.stringify(
          value,
        )}; using the default, ${defaultSyncSettings[key]}`,
      );
    }
  }
  return settings;
}

/** The snapshot clusters of `routing.snapshotClusters`. */
export function readSnapshotClusters(config: Config): SnapshotClusterConfig[] {
  return (config.getOptionalConfigArray('routing.snapshotClusters') ?? []).map(
    cluster => ({
      name: cluster.getString('name'),
      directory: cluster.getString('directory'),
    }),
  );
}
