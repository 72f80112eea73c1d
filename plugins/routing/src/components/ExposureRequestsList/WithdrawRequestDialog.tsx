import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Alert from '@material-ui/lab/Alert';
import { useApi } from '@backstage/core-plugin-api';
import type { ExposureRequestRecord } from '@portway/plugin-routing-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { routingApiRef } from '../../api/types';
import { errorMessage } from './errorMessage';

/** Props of {@link WithdrawRequestDialog}. */
export interface WithdrawRequestDialogProps {
  request: ExposureRequestRecord;
  /** Closes the dialog, withdrawn or not. */
  onClose: () => void;
  /** Called once the backend has withdrawn the request. */
  onWithdrawn: () => void;
}

/**
 * Asks to confirm the withdrawal of a request, naming the hostnames it releases, then withdraws
 * it; a refusal or failure is shown in the dialog, which stays open.
 */
export function WithdrawRequestDialog(props: WithdrawRequestDialogProps) {
  const { request, onClose, onWithdrawn } = props;
  const routingApi = useApi(routingApiRef);
  const [{ loading, error }, withdraw] = useAsyncFn(async () => {
    await routingApi.withdrawExposureRequest(request.id);
    onClose();
    onWithdrawn();
  }, [routingApi, request.id, onClose, onWithdrawn]);

  return (
    <Dialog open onClose={onClose} aria-labelledby="withdraw-request-title">
      <DialogTitle id="withdraw-request-title">
        Withdraw this exposure request?
      </DialogTitle>
      <DialogContent>
        {request.hostnames.length > 0 ? (
          <>
            <DialogContentText>
              The request is closed and these hostnames are released, so that
              others may request them:
            </DialogContentText>
            <ul aria-label="Hostnames to release">
              {request.hostnames.map(hostname => (
                <li key={hostname}>{hostname}</li>
              ))}
            </ul>
          </>
        ) : (
          <DialogContentText>
            The request is closed; it holds no hostnames.
          </DialogContentText>
        )}
        <DialogContentText>
          Nothing is removed from the GitOps repository or the cluster: close
          its change where it was opened.
        </DialogContentText>
        {error && (
          <Alert severity="error">
            Could not withdraw the request: {errorMessage(error)}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="primary" disabled={loading} onClick={() => withdraw()}>
          Withdraw
        </Button>
      </DialogActions>
    </Dialog>
  );
}
