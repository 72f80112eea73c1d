import Typography from '@material-ui/core/Typography';
import type {
  MeshRouteDetails as Details,
  MeshRouteService,
} from '@portway/plugin-routing-common';
import { DetailRow } from './DetailRow';

/**
 * `shop/cart:9090 · producer route: applies to callers in every namespace`, or `consumer
 * route: applies to callers in namespace checkout`.
 */
export function meshServiceLabel(
  service: MeshRouteService,
  routeNamespace: string,
): string {
  const port = service.port !== undefined ? `:${service.port}` : '';
  const scope =
    service.role === 'producer'
      ? 'producer route: applies to callers in every namespace'
      : `consumer route: applies to callers in namespace ${routeNamespace}`;
  return `${service.namespace}/${service.name}${port} · ${scope}`;
}

/** What a mesh route adds: the Services it is bound to, and whose calls it routes. */
export function MeshRouteDetails(props: {
  details: Details;
  routeNamespace: string;
}) {
  const { details, routeNamespace } = props;
  return (
    <DetailRow label="Mesh Services">
      {details.services.map(service => (
        <Typography
          key={`${service.namespace}/${service.name}:${service.port ?? ''}`}
          variant="body2"
        >
          {meshServiceLabel(service, routeNamespace)}
        </Typography>
      ))}
    </DetailRow>
  );
}
