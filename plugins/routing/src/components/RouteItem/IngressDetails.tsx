import Typography from '@material-ui/core/Typography';
import type {
  IngressDetails as Details,
  RouteView,
} from '@portway/plugin-routing-common';
import { IngressMigration } from '../IngressMigration';
import { DetailRow } from './DetailRow';

/** `storefront.shop.example.com with Secret storefront-tls`. */
function tlsLabel(tls: Details['tls'][number]): string {
  const hosts = tls.hosts.length > 0 ? tls.hosts.join(', ') : 'every host';
  return tls.secretName ? `${hosts} with Secret ${tls.secretName}` : hosts;
}

/**
 * What an Ingress adds: its class, TLS, load balancer addresses, and how far its move to the
 * Gateway API has come.
 */
export function IngressDetails({
  details,
  route,
}: {
  details: Details;
  /** The Ingress itself, which the migration templates are opened for. */
  route: Pick<RouteView, 'cluster' | 'namespace' | 'name'>;
}) {
  return (
    <>
      <DetailRow label="Class">
        <Typography variant="body2">
          {details.className ?? 'none (the default IngressClass, if any)'}
        </Typography>
      </DetailRow>
      <DetailRow label="TLS">
        {details.tls.length === 0 ? (
          <Typography variant="body2">none: plain HTTP</Typography>
        ) : (
          details.tls.map((tls, index) => (
            <Typography key={index} variant="body2">
              {tlsLabel(tls)}
            </Typography>
          ))
        )}
      </DetailRow>
      <DetailRow label="Addresses">
        <Typography variant="body2">
          {details.addresses.length > 0
            ? details.addresses.join(', ')
            : 'none yet: no controller has assigned one'}
        </Typography>
      </DetailRow>
      <DetailRow label="Migration">
        <IngressMigration route={route} migration={details.migration} />
      </DetailRow>
    </>
  );
}
