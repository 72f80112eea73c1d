/**
 * Scaffolder actions that turn Portway exposure requests into GitOps manifests.
 *
 * @packageDocumentation
 */
export { scaffolderModuleRouting as default } from './module';
export {
  createRenderExposureAction,
  type RenderExposureActionOptions,
} from './actions/exposure/createRenderExposureAction';
export {
  createGitOpsBranchAction,
  type GitOpsBranchActionOptions,
} from './actions/gitops/createGitOpsBranchAction';
export { readGitOpsConfig, type GitOpsConfig } from './gitops/config';
export {
  createGitOpsRepository,
  createGitOpsRepositoryFromConfig,
} from './gitops/createGitOpsRepository';
export { createLocalGitOpsRepository } from './gitops/local/createLocalGitOpsRepository';
export { createForgeGitOpsRepository } from './gitops/forge/createForgeGitOpsRepository';
export * from './gitops/types';
