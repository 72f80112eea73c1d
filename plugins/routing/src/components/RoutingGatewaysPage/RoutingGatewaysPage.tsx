import Box from '@material-ui/core/Box';
import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  routingGatewaysReadPermission,
  type ClusterStatus,
} from '@portway/plugin-routing-common';
import { useGateways } from '../../hooks/useGateways';
import { useRouteOwners } from '../../hooks/useRouteOwners';
import { ClusterStatusBanner } from '../ClusterStatusBanner';
import { isNotAllowedError } from '../EntityRoutingContent/isNotAllowedError';
import { GatewayCard } from './GatewayCard';
import { GatewayFiltersBar } from './GatewayFiltersBar';
import { filterGateways, gatewayFilterOptions } from './gatewayFilters';
import { useFiltersInUrl } from './useFiltersInUrl';

function ownersUnavailable(
  loading: boolean,
  error: Error | undefined,
): string | undefined {
  if (loading) return 'Loading the owners from the catalog…';
  return error ? `The catalog did not answer: ${error.message}` : undefined;
}

function noGatewaysText(clusters: ClusterStatus[]): string {
  const answered = clusters
    .filter(cluster => cluster.state !== 'error')
    .map(cluster => cluster.name);
  return answered.length > 0
    ? `No Gateway API Gateway exists in ${answered.join(', ')}.`
    : 'No cluster answered: there is no Gateway to show.';
}

function GatewaysContent() {
  const { value, loading, error } = useGateways();
  const owners = useRouteOwners(value?.gateways);
  const { filters, setFilter, clearFilters } = useFiltersInUrl();

  if (loading) return <Progress />;
  if (error) {
    return isNotAllowedError(error) ? (
      <EmptyState
        missing="info"
        title="You are not allowed to see the Gateways"
        description={`The gateways page needs the ${routingGatewaysReadPermission.name} permission. Ask the owners of this Backstage instance to grant it.`}
      />
    ) : (
      <ResponseErrorPanel error={error} />
    );
  }

  const gateways = value?.gateways ?? [];
  const clusters = value?.clusters ?? [];
  const ownerMap = owners.value ?? new Map<string, string>();
  const shown = filterGateways(gateways, filters, ownerMap);
  return (
    <>
      <ClusterStatusBanner
        clusters={clusters}
        consequence="its Gateways may be missing or out of date"
      />
      {gateways.length === 0 ? (
        <EmptyState
          missing="data"
          title="No Gateways found"
          description={noGatewaysText(clusters)}
        />
      ) : (
        <>
          <GatewayFiltersBar
            filters={filters}
            options={gatewayFilterOptions(gateways, clusters, ownerMap)}
            onChange={setFilter}
            onClear={clearFilters}
            ownersUnavailable={ownersUnavailable(owners.loading, owners.error)}
          />
          {shown.length === 0 && (
            <EmptyState
              missing="content"
              title="No Gateway matches the filters"
              description={`${gateways.length} Gateway${
                gateways.length === 1 ? '' : 's'
              } in all: change or clear the filters to see them.`}
            />
          )}
          {shown.map(gateway => (
            <Box
              key={`${gateway.gateway.cluster}/${gateway.gateway.namespace}/${gateway.gateway.name}`}
              mb={3}
            >
              <GatewayCard shown={gateway} />
            </Box>
          ))}
        </>
      )}
    </>
  );
}

/**
 * The gateways page at `/routing`: every Gateway of every cluster, filterable by cluster,
 * namespace, hostname and owner (kept in the query string), each listener with its
 * certificates and the routes attached, their entities, refusals and conflicts; a cluster in
 * trouble shows its own warning while the others render.
 *
 * @public
 */
export function RoutingGatewaysPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Gateways"
        subtitle="Every Gateway in every cluster: its listeners, and the routes and teams attached to them"
      />
      <Content>
        <GatewaysContent />
      </Content>
    </Page>
  );
}
