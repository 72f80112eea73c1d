import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { createGitOpsRepositoryFromConfig } from '../../gitops/createGitOpsRepository';
import type { GitOpsRepository } from '../../gitops/types';

/**
 * The GitOps repository that exposure requests go to, built once for the whole backend and
 * shared by the routing backend (pending changes, the preflight's folder) and the scaffolder
 * module (folders, request branches). The default builds the repository configured under
 * `routing.gitops`, reading a forge's files through Backstage's default URL readers (the
 * `integrations` config). An organisation whose repository Portway cannot read that way
 * replaces it with `createServiceFactory({ service: gitOpsRepositoryServiceRef, ... })`.
 *
 * @public
 */
export const gitOpsRepositoryServiceRef = createServiceRef<GitOpsRepository>({
  id: 'routing.gitops',
  scope: 'root',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        config: coreServices.rootConfig,
        rootLogger: coreServices.rootLogger,
      },
      factory({ config, rootLogger }) {
        const logger = rootLogger.child({ service: 'routing.gitops' });
        return createGitOpsRepositoryFromConfig({
          config,
          reader: UrlReaders.default({ config, logger }),
          logger,
        });
      },
    }),
});
