import Typography from '@material-ui/core/Typography';
import type { VirtualServiceDetails as Details } from '@portway/plugin-routing-common';
import { DetailRow } from './DetailRow';

/** `mesh` is Istio's name for the sidecars: say so. */
function gatewayLabel(gateway: string): string {
  return gateway === 'mesh' ? 'mesh (the sidecars)' : gateway;
}

/** What a VirtualService adds: its hosts, the gateways it binds to, and its matches. */
export function VirtualServiceDetails({ details }: { details: Details }) {
  return (
    <>
      <DetailRow label="Hosts">
        <Typography variant="body2">
          {details.hosts.join(', ') || '—'}
        </Typography>
      </DetailRow>
      <DetailRow label="Gateways">
        <Typography variant="body2">
          {details.gateways.map(gatewayLabel).join(', ')}
        </Typography>
      </DetailRow>
      <DetailRow label="Matches">
        {details.matches.length === 0 ? (
          <Typography variant="body2">every request</Typography>
        ) : (
          details.matches.map(match => (
            <Typography key={match} variant="body2">
              {match}
            </Typography>
          ))
        )}
      </DetailRow>
    </>
  );
}
