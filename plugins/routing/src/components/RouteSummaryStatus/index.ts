export { RouteSummaryStatus } from './RouteSummaryStatus';
export type { RouteSummaryStatusProps } from './RouteSummaryStatus';
