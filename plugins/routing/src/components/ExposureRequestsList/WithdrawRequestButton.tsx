import Button from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  routingExposureCreatePermission,
  type ExposureRequestRecord,
} from '@portway/plugin-routing-common';

/** Props of {@link WithdrawRequestButton}. */
export interface WithdrawRequestButtonProps {
  request: ExposureRequestRecord;
  /** Asks to withdraw the request (the caller confirms first). */
  onWithdraw: (request: ExposureRequestRecord) => void;
}

/**
 * "Withdraw" for one request; disabled, with the reason as its tooltip, for those without
 * `routing.exposure.create` on the request's entity (the server checks it too).
 */
export function WithdrawRequestButton(props: WithdrawRequestButtonProps) {
  const { request, onWithdraw } = props;
  const { allowed, loading } = usePermission({
    permission: routingExposureCreatePermission,
    resourceRef: request.entityRef,
  });
  if (!allowed) {
    const disabled = (
      <Button size="small" variant="outlined" disabled>
        Withdraw
      </Button>
    );
    if (loading) {
      return disabled;
    }
    return (
      <Tooltip
        title={`Only those allowed to request exposure for ${request.entityRef} (usually its owners; permission ${routingExposureCreatePermission.name}) can withdraw its requests.`}
      >
        {/* A disabled button fires no mouse events: the tooltip listens on its wrapper. */}
        <span>{disabled}</span>
      </Tooltip>
    );
  }
  return (
    <Button size="small" variant="outlined" onClick={() => onWithdraw(request)}>
      Withdraw
    </Button>
  );
}
