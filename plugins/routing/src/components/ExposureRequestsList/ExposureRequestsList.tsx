import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import { Progress } from '@backstage/core-components';
import type { Entity } from '@backstage/catalog-model';
import { useExposureRequests } from '../../hooks/useExposureRequests';
import { errorMessage } from './errorMessage';
import { ExposureRequestsTable } from './ExposureRequestsTable';

/** Props of {@link ExposureRequestsList}. */
export interface ExposureRequestsListProps {
  entity: Entity;
}

/**
 * The entity's exposure requests, followed from pull request to live, with "Withdraw" for
 * owners. Nothing when it has none; a warning of its own when they cannot be loaded, so that
 * the rest of the page still shows.
 */
export function ExposureRequestsList({ entity }: ExposureRequestsListProps) {
  const { value, loading, error, retry } = useExposureRequests(entity);
  if (error) {
    return (
      <Box mt={3}>
        <Alert severity="warning">
          Could not load the exposure requests of this entity:{' '}
          {errorMessage(error)}
        </Alert>
      </Box>
    );
  }
  if (!value) {
    return loading ? <Progress /> : null;
  }
  if (value.requests.length === 0) {
    return null;
  }
  return (
    <Box mt={3}>
      <ExposureRequestsTable requests={value.requests} onWithdrawn={retry} />
    </Box>
  );
}
