import Link from '@material-ui/core/Link';
import Alert from '@material-ui/lab/Alert';
import {
  isIngressChangeBranch,
  type PendingChangeRef,
} from '@portway/plugin-routing-common';
import { relativeTime } from '../../format/relativeTime';

/** The element id of the exposure requests on the tab, which a pending route links to. */
export const EXPOSURE_REQUESTS_ANCHOR = 'portway-exposure-requests';

/**
 * Marks a route that was requested for the entity and is not in the cluster yet: the GitOps
 * branch it waits on, since when, and a link to its request below (an Ingress migration's
 * change records no exposure request, so its routes have none).
 */
export function PendingReview({ change }: { change?: PendingChangeRef }) {
  return (
    <Alert severity="info">
      {change
        ? `Waiting for review on branch ${
            change.branchName
          } (commit ${change.commitSha.slice(0, 7)}, ${relativeTime(
            change.createdAt,
            new Date(),
          )}).`
        : 'Waiting for review.'}{' '}
      It reaches the cluster once the change is merged and synced.{' '}
      {!(change && isIngressChangeBranch(change.branchName)) && (
        <Link href={`#${EXPOSURE_REQUESTS_ANCHOR}`}>
          See its exposure request
        </Link>
      )}
    </Alert>
  );
}
