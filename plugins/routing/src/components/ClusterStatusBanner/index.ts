export { ClusterStatusBanner } from './ClusterStatusBanner';
export type { ClusterStatusBannerProps } from './ClusterStatusBanner';
