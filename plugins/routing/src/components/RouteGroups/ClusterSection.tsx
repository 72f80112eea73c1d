import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { ClusterStatusAlert, needsClusterAlert } from '../ClusterStatusBanner';
import { FamilySection } from './FamilySection';
import type { ClusterGroup } from './groupRoutes';

/** Props of {@link ClusterSection}. */
export interface ClusterSectionProps {
  group: ClusterGroup;
}

function routeCountText(count: number): string {
  return count === 1 ? '1 route' : `${count} routes`;
}

/**
 * One cluster's part of the tab: its own warning (the reason, the data's age, the kinds not
 * synced) when it is broken, stale or syncing, then its routes by family.
 */
export function ClusterSection({ group }: ClusterSectionProps) {
  const { cluster, families, routeCount } = group;
  return (
    <Box mb={3} component="section" aria-label={`Cluster ${cluster.name}`}>
      <InfoCard
        title={`Cluster ${cluster.name}`}
        subheader={routeCountText(routeCount)}
      >
        {needsClusterAlert(cluster) && (
          <Box mb={2}>
            <ClusterStatusAlert cluster={cluster} detailed />
          </Box>
        )}
        {routeCount === 0 && (
          <Typography variant="body2" color="textSecondary">
            No routes of this entity from this cluster.
          </Typography>
        )}
        {families.map(family => (
          <FamilySection
            key={family.family}
            group={family}
            cluster={cluster.name}
          />
        ))}
      </InfoCard>
    </Box>
  );
}
