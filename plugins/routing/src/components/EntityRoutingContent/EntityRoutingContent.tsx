import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useEntityRoutes } from '../../hooks/useEntityRoutes';
import { ClusterStatusBanner } from '../ClusterStatusBanner';
import { ExposureRequestsList } from '../ExposureRequestsList';
import { NoRoutesEmptyState } from '../NoRoutesEmptyState';
import {
  RequestExposureButton,
  type ExposureTemplateOption,
} from '../RequestExposureButton';
import { EXPOSURE_REQUESTS_ANCHOR } from '../RouteItem';
import { RoutesNotAllowed } from '../RoutesNotAllowed';
import { isNotAllowedError } from './isNotAllowedError';
import { RoutesOverview } from './RoutesOverview';

/**
 * Props of {@link EntityRoutingContent}.
 *
 * @public
 */
export interface EntityRoutingContentProps {
  /**
   * The Software Templates that "Request exposure" offers (the button opens the first);
   * `expose-http`, `expose-grpc` and `expose-ingress` of namespace `default` when not set.
   */
  exposureTemplates?: ExposureTemplateOption[];
}

/**
 * The Routing tab of an entity: every route, VirtualService and Ingress that makes it
 * reachable, by cluster and family, with URLs, parents and their conditions in plain words,
 * certificates and backends; each broken or stale cluster with its own warning; below them,
 * its exposure requests and what became of each.
 *
 * @public
 */
export function EntityRoutingContent(props: EntityRoutingContentProps) {
  const { exposureTemplates } = props;
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useEntityRoutes(entity);

  if (loading && !value) {
    return <Progress />;
  }
  if (error && isNotAllowedError(error)) {
    return <RoutesNotAllowed entityRef={entityRef} />;
  }
  if (error && !value) {
    return <ResponseErrorPanel error={error} />;
  }

  const routes = value?.routes ?? [];
  const clusters = value?.clusters ?? [];
  return (
    <>
      {error && (
        <Box mb={2}>
          <Alert severity="warning">
            {`The routes could not be refreshed (${error.message}): showing the last answer until a refresh succeeds.`}
          </Alert>
        </Box>
      )}
      {routes.length === 0 ? (
        <>
          <ClusterStatusBanner clusters={clusters} detailed />
          <NoRoutesEmptyState
            entity={entity}
            clusters={clusters}
            exposureTemplates={exposureTemplates}
          />
        </>
      ) : (
        <>
          <Box display="flex" alignItems="center" mb={2}>
            <Box flexGrow={1}>
              <Typography variant="h5" component="h2">
                How {entity.metadata.title ?? entity.metadata.name} is reachable
              </Typography>
            </Box>
            <RequestExposureButton
              entityRef={entityRef}
              templates={exposureTemplates}
            />
          </Box>
          <RoutesOverview routes={routes} clusters={clusters} />
        </>
      )}
      <div id={EXPOSURE_REQUESTS_ANCHOR}>
        <ExposureRequestsList entity={entity} />
      </div>
    </>
  );
}
