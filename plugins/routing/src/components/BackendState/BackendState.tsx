import Typography from '@material-ui/core/Typography';
import { StatusError, StatusOK } from '@backstage/core-components';
import type { BackendView } from '@portway/plugin-routing-common';
import { backendLabel } from './backendLabel';

/** Props of {@link BackendState}. */
export interface BackendStateProps {
  backend: BackendView;
}

const problems = {
  missing: 'missing',
  'port-not-on-service': 'port not on Service',
} as const;

/**
 * One backend on a line: `shop/storefront:8080`, then whether the cluster has it (`found`),
 * or what is wrong (`missing`, `port not on Service`) with the message in plain words.
 * Nothing more where Portway could not tell.
 */
export function BackendState({ backend }: BackendStateProps) {
  const label = backendLabel(backend);
  const { state } = backend;
  if (state === 'found') {
    return (
      <Typography variant="body2" component="div">
        {label} <StatusOK>found</StatusOK>
      </Typography>
    );
  }
  if (state === 'missing' || state === 'port-not-on-service') {
    return (
      <Typography variant="body2" component="div">
        {label}{' '}
        <StatusError>
          {backend.message
            ? `${problems[state]}: ${backend.message}`
            : problems[state]}
        </StatusError>
      </Typography>
    );
  }
  return (
    <Typography variant="body2" component="div">
      {label}
    </Typography>
  );
}
