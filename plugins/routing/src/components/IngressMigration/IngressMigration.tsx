import Typography from '@material-ui/core/Typography';
import {
  StatusAborted,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import type { IngressDetails } from '@portway/plugin-routing-common';

type Migration = IngressDetails['migration'];

/** Props of {@link IngressMigration}. */
export interface IngressMigrationProps {
  migration: Migration;
}

function MigrationState({ state }: { state: Migration['state'] }) {
  switch (state) {
    case 'complete':
      return (
        <StatusOK>
          complete: every host is served by a ready Gateway API route
        </StatusOK>
      );
    case 'partial':
      return (
        <StatusWarning>
          partial: some hosts are served by Gateway API routes
        </StatusWarning>
      );
    default:
      return (
        <StatusAborted>
          not started: no Gateway API route serves its hosts
        </StatusAborted>
      );
  }
}

/**
 * How far an Ingress has moved to the Gateway API: the state, then for each host the
 * HTTPRoutes and GRPCRoutes that already serve it, with their health.
 */
export function IngressMigration({ migration }: IngressMigrationProps) {
  return (
    <>
      <Typography variant="body2" component="div">
        <MigrationState state={migration.state} />
      </Typography>
      {migration.hosts.map(host => (
        <Typography key={host.hostname} variant="body2" component="div">
          {host.hostname}:{' '}
          {host.servedBy.length === 0
            ? 'not served by a Gateway API route yet'
            : `served by ${host.servedBy
                .map(
                  route =>
                    `${route.kind} ${route.namespace}/${route.name} (${route.summary})`,
                )
                .join(', ')}`}
        </Typography>
      ))}
    </>
  );
}
