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
