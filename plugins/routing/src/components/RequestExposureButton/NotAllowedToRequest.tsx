import Typography from '@material-ui/core/Typography';
import { routingExposureCreatePermission } from '@portway/plugin-routing-common';

/** Why a change can't be requested: the caption under a disabled request button. */
export function NotAllowedToRequest({ entityRef }: { entityRef: string }) {
  return (
    <Typography variant="caption" color="textSecondary" display="block">
      Only those allowed to request exposure for {entityRef} (usually its
      owners; permission {routingExposureCreatePermission.name}) can request it.
    </Typography>
  );
}
