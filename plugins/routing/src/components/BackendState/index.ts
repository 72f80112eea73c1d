export { BackendState } from './BackendState';
export type { BackendStateProps } from './BackendState';
export { BackendList } from './BackendList';
export { backendLabel } from './backendLabel';
