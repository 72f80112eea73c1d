/**
 * What Portway's backend plugins share and how an organisation extends them: the GitOps
 * repository (`gitOpsRepositoryServiceRef`, shared by the routing backend and the scaffolder
 * module), the client of the routing backend's exposure endpoints (`exposureServiceRef`), and
 * the routing backend's extension points for clusters and exposure policy checks.
 *
 * @packageDocumentation
 */
export {
  routingClustersExtensionPoint,
  type RoutingClustersExtensionPoint,
} from './extensions/clusters';
export {
  routingExposureExtensionPoint,
  type ExposurePolicyCheck,
  type RoutingExposureExtensionPoint,
} from './extensions/exposure';
export { gitOpsRepositoryServiceRef } from './services/GitOpsRepository/gitOpsRepositoryServiceRef';
export { exposureServiceRef } from './services/ExposureService/exposureServiceRef';
export type { ExposureService } from './services/ExposureService/types';
export {
  createExposureServiceClient,
  type ExposureServiceClientOptions,
} from './services/ExposureService/createExposureServiceClient';
export { errorFindingsMessage } from './findings/errorFindingsMessage';
export {
  createGitOpsRepository,
  createGitOpsRepositoryFromConfig,
  type CreateGitOpsRepositoryOptions,
  type GitOpsRepositoryFromConfigOptions,
} from './gitops/createGitOpsRepository';
export type {
  ForgeGitOpsConfig,
  GitOpsConfig,
  LocalGitOpsConfig,
} from './gitops/config';
export {
  createLocalGitOpsRepository,
  type LocalGitOpsRepositoryOptions,
} from './gitops/local/createLocalGitOpsRepository';
export {
  createForgeGitOpsRepository,
  type ForgeGitOpsRepositoryOptions,
} from './gitops/forge/createForgeGitOpsRepository';
export { REQUEST_BRANCH_PREFIX } from './gitops/local/branchNames';
export { readDirectoryFiles } from './files/readDirectoryFiles';
export {
  forgeProviders,
  isLocalGitOpsRepository,
  type ChangeStateOptions,
  type CreateBranchOptions,
  type ForgeProvider,
  type GitAuthor,
  type GitOpsFile,
  type GitOpsProvider,
  type GitOpsRepository,
  type GitOpsTarget,
  type LocalGitOpsRepository,
  type PendingChange,
} from './gitops/types';
