import type { ComponentType, ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import type { IngressMigrationState } from '@portway/plugin-routing-common';

/** Each migration state as a status of the Backstage palette, in two words. */
const statuses: Record<
  IngressMigrationState,
  ComponentType<{ children?: ReactNode }>
> = {
  'not-started': StatusAborted,
  requested: StatusPending,
  partial: StatusWarning,
  refused: StatusError,
  complete: StatusOK,
};

const labels: Record<IngressMigrationState, string> = {
  'not-started': 'not started',
  requested: 'route requested',
  partial: 'partly migrated',
  refused: 'route refused',
  complete: 'safe to remove',
};

/** Props of {@link MigrationStateLine}. */
export interface MigrationStateLineProps {
  state: IngressMigrationState;
  /** The state in one sentence (the Ingress's `migration.message`). */
  message: string;
}

/** `✓ safe to remove: every host and path is served by ...`, coloured by the state. */
export function MigrationStateLine({
  state,
  message,
}: MigrationStateLineProps) {
  const Status = statuses[state];
  return (
    <Typography variant="body2" component="div">
      <Status>
        {labels[state]}
        {message && `: ${message}`}
      </Status>
    </Typography>
  );
}
