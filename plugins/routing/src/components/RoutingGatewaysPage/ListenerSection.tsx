import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { GatewayView } from '@portway/plugin-routing-common';
import { CertificateStatus } from '../CertificateStatus';
import { ConditionChip } from '../ConditionChip';
import { AnalysisNote } from './AnalysisNote';
import { AttachedRoutesTable } from './AttachedRoutesTable';
import type { ShownListener } from './gatewayFilters';
import {
  allowedRoutesText,
  attachedText,
  listenerAddress,
} from './listenerText';

/** Props of {@link ListenerSection}. */
export interface ListenerSectionProps {
  /** The listener's Gateway or ListenerSet, whose namespace `Same` means. */
  owner: Pick<GatewayView, 'namespace'>;
  shown: ShownListener;
}

/**
 * One listener of a Gateway: protocol, port and hostname, its conditions, which routes it
 * accepts, its TLS mode and certificates, and the routes that name it.
 */
export function ListenerSection({ owner, shown }: ListenerSectionProps) {
  const { listener, routes } = shown;
  return (
    <Box component="section" mt={2} aria-label={`Listener ${listener.name}`}>
      <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={8}>
        <Typography variant="subtitle1" component="h3">
          Listener {listener.name}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {listenerAddress(listener)}
        </Typography>
        {listener.conditions.map(condition => (
          <ConditionChip key={condition.type} condition={condition} />
        ))}
      </Box>
      <AnalysisNote
        subject="listener"
        conditionsFrom={listener.conditionsFrom}
      />
      <Typography variant="body2">
        {allowedRoutesText(listener, owner)}.{' '}
        {attachedText(listener, routes.length)}.
      </Typography>
      {listener.tls && (
        <Box mt={1}>
          <Typography variant="body2">TLS {listener.tls.mode}</Typography>
          {listener.tls.certificates.map((certificate, index) => (
            <CertificateStatus
              key={certificate.secret ?? index}
              certificate={certificate}
            />
          ))}
        </Box>
      )}
      {routes.length > 0 ? (
        <AttachedRoutesTable routes={routes} />
      ) : (
        <Typography variant="body2" color="textSecondary">
          {listener.routes.length > 0
            ? 'None of the routes that name this listener passes the filters.'
            : 'No route names this listener.'}
        </Typography>
      )}
    </Box>
  );
}
