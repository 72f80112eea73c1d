import {
  createServiceFactory,
  type ServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  gitOpsRepositoryServiceRef,
  type GitOpsRepository,
} from '@portway/plugin-routing-node';

/**
 * What {@link mockGitOpsRepositoryService} gives.
 *
 * @public
 */
export interface MockedGitOpsRepositoryService {
  /** The repository: empty, on a forge Portway does not know; its reads are Jest mocks. */
  repository: jest.Mocked<GitOpsRepository>;
  /** The factory that builds it, to count how often it is built. */
  factory: jest.Mock<GitOpsRepository, []>;
  /** The service factory to pass to `startTestBackend`. */
  serviceFactory: ServiceFactory<GitOpsRepository>;
}

/**
 * An organisation's own GitOps repository, as a replaced `gitOpsRepositoryServiceRef` gives it.
 * Jest only.
 *
 * @public
 */
export function mockGitOpsRepositoryService(): MockedGitOpsRepositoryService {
  const repository: jest.Mocked<GitOpsRepository> = {
    target: {
      provider: 'github',
      repoUrl: 'github.acme.internal?owner=ops&repo=gitops',
      baseBranch: 'main',
    },
    readFolder: jest.fn(async (_folder: string) => ({})),
    listPendingChanges: jest.fn(async () => []),
  };
  const factory = jest.fn(() => repository);
  return {
    repository,
    factory,
    serviceFactory: createServiceFactory({
      service: gitOpsRepositoryServiceRef,
      deps: {},
      factory,
    }),
  };
}
