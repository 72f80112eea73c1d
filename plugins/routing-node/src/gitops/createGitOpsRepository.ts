import path from 'node:path';
import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { GitOpsConfig, readGitOpsConfig } from './config';
import { createUnconfiguredGitOpsRepository } from './createUnconfiguredGitOpsRepository';
import { createForgeGitOpsRepository } from './forge/createForgeGitOpsRepository';
import { createLocalGitOpsRepository } from './local/createLocalGitOpsRepository';
import { GitOpsRepository } from './types';

/**
 * What {@link createGitOpsRepository} needs.
 *
 * @public
 */
export interface CreateGitOpsRepositoryOptions {
  /** The settings read from `routing.gitops`. */
  config: GitOpsConfig;
  /** Backstage's URL readers; a forge's files are read through them. */
  reader: UrlReaderService;
  /** The calling plugin's logger. */
  logger: LoggerService;
  /** Folder that relative local paths are resolved against; default the working directory. */
  baseDirectory?: string;
}

/**
 * Builds the configured GitOps repository: the local one or a forge.
 *
 * @public
 */
export function createGitOpsRepository(
  options: CreateGitOpsRepositoryOptions,
): GitOpsRepository {
  const { config, reader, logger } = options;
  if (config.provider !== 'local') {
    return createForgeGitOpsRepository({ ...config, reader });
  }
  const resolve = (file: string) =>
    path.resolve(options.baseDirectory ?? process.cwd(), file);
  return createLocalGitOpsRepository({
    path: resolve(config.path),
    seedDirectory: config.seedDirectory && resolve(config.seedDirectory),
    baseBranch: config.baseBranch,
    author: config.author,
    logger,
  });
}

/**
 * What {@link createGitOpsRepositoryFromConfig} needs: core services of the calling plugin.
 *
 * @public
 */
export interface GitOpsRepositoryFromConfigOptions {
  /** The root config; `routing.gitops` is read from it. */
  config: Config;
  /** Backstage's URL readers; a forge's files are read through them. */
  reader: UrlReaderService;
  /** The calling plugin's logger. */
  logger: LoggerService;
}

/**
 * Builds the GitOps repository configured under `routing.gitops` of the root config. Without
 * that key the backend still starts (with a warning): requests fail with a message that says
 * what to set and nothing is listed as pending. A wrong value fails at startup.
 *
 * @public
 */
export function createGitOpsRepositoryFromConfig(
  options: GitOpsRepositoryFromConfigOptions,
): GitOpsRepository {
  const { config, reader, logger } = options;
  if (!config.has('routing.gitops')) {
    logger.warn(
      'routing.gitops is not configured: exposure requests will fail and none are listed as pending',
    );
    return createUnconfiguredGitOpsRepository();
  }
  const gitops = createGitOpsRepository({
    config: readGitOpsConfig(config),
    reader,
    logger,
  });
  logger.info(
    `Exposure requests go to the ${gitops.target.provider} GitOps repository`,
    {
      ...gitops.target,
    },
  );
  return gitops;
}
