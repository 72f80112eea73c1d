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
  createOpenExposureAction,
  type OpenExposureActionOptions,
} from './actions/exposure/createOpenExposureAction';
export type { PublishActions } from './actions/openChange/types';
export { createPublishActions } from './actions/openChange/createPublishActions';
export {
  createGitOpsBranchAction,
  type GitOpsBranchActionOptions,
} from './actions/gitops/createGitOpsBranchAction';
export {
  createMigrateIngressAction,
  type MigrateIngressActionOptions,
} from './actions/ingress/createMigrateIngressAction';
export {
  createRemoveIngressAction,
  type RemoveIngressActionOptions,
} from './actions/ingress/createRemoveIngressAction';
export type { IngressChangeOptions } from './actions/ingress/openIngressChange';
export {
  createConvertVirtualServiceAction,
  type ConvertVirtualServiceActionOptions,
} from './actions/virtualService/createConvertVirtualServiceAction';
