import Box from '@material-ui/core/Box';
import Alert, { type Color } from '@material-ui/lab/Alert';
import type { ClusterStatus } from '@portway/plugin-routing-common';

/** Props of {@link ClusterStatusBanner}. */
export interface ClusterStatusBannerProps {
  clusters: ClusterStatus[];
  /**
   * What a cluster in trouble means for the answer, added to its line in parentheses:
   * `its Services may be missing`.
   */
  consequence?: string;
}

const severities: Record<ClusterStatus['state'], Color> = {
  ok: 'info',
  error: 'error',
  stale: 'warning',
  syncing: 'info',
};

/** `Cluster prod-eu: error: connection refused`. */
export function clusterStatusText(cluster: ClusterStatus): string {
  const text = `Cluster ${cluster.name}: ${cluster.state}`;
  return cluster.message ? `${text}: ${cluster.message}` : text;
}

/**
 * One line for each cluster whose part of the answer is missing, old or incomplete (such as
 * "Istio is not installed in cluster prod-eu"), so that a broken cluster is visible while the
 * other clusters' routes still show.
 */
export function ClusterStatusBanner(props: ClusterStatusBannerProps) {
  const { clusters, consequence } = props;
  const shown = clusters.filter(
    cluster => cluster.state !== 'ok' || cluster.message,
  );
  if (shown.length === 0) {
    return null;
  }
  return (
    <Box mb={2}>
      {shown.map(cluster => (
        <Box key={cluster.name} mb={1}>
          <Alert severity={severities[cluster.state]}>
            {consequence && cluster.state !== 'ok'
              ? `${clusterStatusText(cluster)} (${consequence})`
              : clusterStatusText(cluster)}
          </Alert>
        </Box>
      ))}
    </Box>
  );
}
