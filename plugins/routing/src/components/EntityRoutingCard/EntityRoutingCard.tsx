import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import { routingEntityReadPermission } from '@portway/plugin-routing-common';
import { useEntityRoutes } from '../../hooks/useEntityRoutes';
import { isNotAllowedError } from '../EntityRoutingContent/isNotAllowedError';
import { EntityUrlList } from './EntityUrlList';
import { HealthLineStatus } from './HealthLineStatus';
import { routingHealthLine } from './routingHealthLine';

/**
 * The Routing tab's path under the entity page, as the tab is mounted by both frontend
 * systems (see `entityRoutingPath` in routing-common).
 */
const ROUTING_TAB_PATH = 'routing';

/**
 * Props of {@link EntityRoutingCard}.
 *
 * @public
 */
export interface EntityRoutingCardProps {
  /** The card's title; `Routing` when not set. */
  title?: string;
}

function CardBody({ tabPath }: { tabPath: string }) {
  const { entity } = useEntity();
  const { value, loading, error } = useEntityRoutes(entity);

  if (loading) return <Progress />;
  if (error) {
    return isNotAllowedError(error) ? (
      <Typography variant="body2" color="textSecondary">
        You are not allowed to see the routes of this entity (it needs the{' '}
        {routingEntityReadPermission.name} permission).
      </Typography>
    ) : (
      <ResponseErrorPanel error={error} />
    );
  }

  const routes = value?.routes ?? [];
  const health = value && routingHealthLine(value);
  if (routes.length === 0 && !health) {
    return (
      <>
        <Typography variant="subtitle1">Not exposed yet</Typography>
        <Typography variant="body2" color="textSecondary">
          No route, VirtualService or Ingress reaches this entity.{' '}
          <Link to={tabPath}>Request exposure on the Routing tab</Link>
        </Typography>
      </>
    );
  }
  return (
    <>
      <EntityUrlList routes={routes} tabPath={tabPath} />
      {health && (
        <Box mt={routes.length > 0 ? 2 : 0}>
          <HealthLineStatus line={health} />
        </Box>
      )}
    </>
  );
}

/**
 * The routing card for an entity's overview page: the entity's URLs as links, the ready
 * ones first, and one line on how its routes are doing, with a link to the Routing tab.
 *
 * @public
 */
export function EntityRoutingCard(props: EntityRoutingCardProps) {
  const { title = 'Routing' } = props;
  const { entity } = useEntity();
  const entityLink = useEntityRefLink();
  const tabPath = `${entityLink(
    stringifyEntityRef(entity),
  )}/${ROUTING_TAB_PATH}`;
  return (
    <InfoCard
      title={title}
      deepLink={{ title: 'Open the Routing tab', link: tabPath }}
    >
      <CardBody tabPath={tabPath} />
    </InfoCard>
  );
}
