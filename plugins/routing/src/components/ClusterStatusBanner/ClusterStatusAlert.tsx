import Typography from '@material-ui/core/Typography';
import Alert, { type Color } from '@material-ui/lab/Alert';
import type { ClusterStatus } from '@portway/plugin-routing-common';
import {
  clusterAgeText,
  clusterKindText,
  clusterStatusText,
} from './clusterStatusText';

const severities: Record<ClusterStatus['state'], Color> = {
  ok: 'info',
  error: 'error',
  stale: 'warning',
  syncing: 'info',
};

/** Props of {@link ClusterStatusAlert}. */
export interface ClusterStatusAlertProps {
  cluster: ClusterStatus;
  /**
   * What a cluster in trouble means for the answer, added to its line in parentheses:
   * `its Services may be missing`.
   */
  consequence?: string;
  /** Add the data's age and the kinds not synced under the line. */
  detailed?: boolean;
}

/** Whether a cluster has anything to warn about: trouble, or something it lacks. */
export function needsClusterAlert(cluster: ClusterStatus): boolean {
  return cluster.state !== 'ok' || Boolean(cluster.message);
}

/**
 * One cluster's warning: `Cluster prod-eu: stale: reading fails`, and when detailed, how old
 * its data is, what that means for the page, and each kind that is not synced and why.
 */
export function ClusterStatusAlert(props: ClusterStatusAlertProps) {
  const { cluster, consequence, detailed } = props;
  const line =
    consequence && cluster.state !== 'ok'
      ? `${clusterStatusText(cluster)} (${consequence})`
      : clusterStatusText(cluster);
  const age = detailed ? clusterAgeText(cluster, new Date()) : undefined;
  const kinds = detailed ? cluster.kinds ?? [] : [];
  return (
    <Alert severity={severities[cluster.state]}>
      <div>{line}</div>
      {age && (
        <Typography variant="body2" component="div">
          {age}
        </Typography>
      )}
      {kinds.map(kind => (
        <Typography
          key={`${kind.group}/${kind.kind}`}
          variant="body2"
          component="div"
        >
          {clusterKindText(kind)}
        </Typography>
      ))}
    </Alert>
  );
}
