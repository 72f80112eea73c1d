import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import type { RouteSummary } from '@portway/plugin-routing-common';

/** Props of {@link RouteSummaryStatus}. */
export interface RouteSummaryStatusProps {
  summary: RouteSummary;
}

/** The one-word health of a route, with the matching status colour. */
export function RouteSummaryStatus({ summary }: RouteSummaryStatusProps) {
  switch (summary) {
    case 'ready':
      return <StatusOK>ready</StatusOK>;
    case 'degraded':
      return <StatusWarning>degraded</StatusWarning>;
    case 'failed':
      return <StatusError>failed</StatusError>;
    case 'pending':
      return <StatusPending>pending</StatusPending>;
    default:
      return <StatusAborted>unknown</StatusAborted>;
  }
}
