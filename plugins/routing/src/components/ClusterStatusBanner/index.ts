export { ClusterStatusBanner } from './ClusterStatusBanner';
export type { ClusterStatusBannerProps } from './ClusterStatusBanner';
export { ClusterStatusAlert, needsClusterAlert } from './ClusterStatusAlert';
export type { ClusterStatusAlertProps } from './ClusterStatusAlert';
