/**
 * The Portway GitOps repository, shared by the routing backend (which lists pending changes)
 * and the scaffolder module (which reads folders and creates request branches).
 *
 * @packageDocumentation
 */
export {
  createGitOpsRepository,
  createGitOpsRepositoryFromConfig,
  type CreateGitOpsRepositoryOptions,
  type GitOpsRepositoryFromConfigOptions,
} from './gitops/createGitOpsRepository';
export {
  readGitOpsConfig,
  type ForgeGitOpsConfig,
  type GitOpsConfig,
  type LocalGitOpsConfig,
} from './gitops/config';
export {
  createLocalGitOpsRepository,
  type LocalGitOpsRepositoryOptions,
} from './gitops/local/createLocalGitOpsRepository';
export {
  createForgeGitOpsRepository,
  type ForgeGitOpsRepositoryOptions,
} from './gitops/forge/createForgeGitOpsRepository';
export {
  isRequestBranch,
  REQUEST_BRANCH_PREFIX,
} from './gitops/local/branchNames';
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
