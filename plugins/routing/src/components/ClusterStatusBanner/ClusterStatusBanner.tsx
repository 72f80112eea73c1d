import Box from '@material-ui/core/Box';
import type { ClusterStatus } from '@portway/plugin-routing-common';
import { ClusterStatusAlert, needsClusterAlert } from './ClusterStatusAlert';

/** Props of {@link ClusterStatusBanner}. */
export interface ClusterStatusBannerProps {
  clusters: ClusterStatus[];
  /**
   * What a cluster in trouble means for the answer, added to its line in parentheses:
   * `its Services may be missing`.
   */
  consequence?: string;
  /** Add each cluster's data age and the kinds not synced under its line. */
  detailed?: boolean;
}

/**
 * One line for each cluster whose part of the answer is missing, old or incomplete (such as
 * "Istio is not installed in cluster prod-eu"), so that a broken cluster is visible while the
 * other clusters' answers still show.
 */
export function ClusterStatusBanner(props: ClusterStatusBannerProps) {
  const { clusters, consequence, detailed } = props;
  const shown = clusters.filter(needsClusterAlert);
  if (shown.length === 0) {
    return null;
  }
  return (
    <Box mb={2}>
      {shown.map(cluster => (
        <Box key={cluster.name} mb={1}>
          <ClusterStatusAlert
            cluster={cluster}
            consequence={consequence}
            detailed={detailed}
          />
        </Box>
      ))}
    </Box>
  );
}
