import { Fragment } from 'react';
import Typography from '@material-ui/core/Typography';
import type { BackendView } from '@portway/plugin-routing-common';
import { BackendState } from './BackendState';
import { BackendTls } from './BackendTls';

/** Where a route sends its traffic, one backend with its state a line, its BackendTLSPolicy under it. */
export function BackendList({ backends }: { backends: BackendView[] }) {
  if (backends.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        no backends
      </Typography>
    );
  }
  return (
    <>
      {backends.map((backend, index) => (
        <Fragment key={index}>
          <BackendState backend={backend} />
          {backend.tls && <BackendTls tls={backend.tls} />}
        </Fragment>
      ))}
    </>
  );
}
