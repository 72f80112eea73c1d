import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { InfoCard } from '@backstage/core-components';
import { ConditionChip } from '../ConditionChip';
import { AnalysisNote } from './AnalysisNote';
import type { ShownGateway } from './gatewayFilters';
import { ListenerSection } from './ListenerSection';
import { ListenerSetSection } from './ListenerSetSection';

/** `cluster prod-eu · class istio · 203.0.113.10`. */
function gatewaySubheader({ gateway }: ShownGateway): string {
  return [
    `cluster ${gateway.cluster}`,
    `class ${gateway.gatewayClassName}`,
    gateway.addresses.length > 0
      ? gateway.addresses.join(', ')
      : 'no address yet',
  ].join(' · ');
}

/**
 * One Gateway: its conditions, its conflicts as warnings, then each listener (of those the
 * filters keep) with its certificates and attached routes, then each ListenerSet that adds
 * listeners to it, with those.
 */
export function GatewayCard({ shown }: { shown: ShownGateway }) {
  const { gateway, listeners, listenerSets } = shown;
  return (
    <InfoCard
      title={`${gateway.namespace}/${gateway.name}`}
      subheader={gatewaySubheader(shown)}
    >
      <Box display="flex" flexWrap="wrap" gridGap={8}>
        {gateway.conditions.map(condition => (
          <ConditionChip key={condition.type} condition={condition} />
        ))}
      </Box>
      <AnalysisNote subject="Gateway" conditionsFrom={gateway.conditionsFrom} />
      {gateway.conflicts.map(conflict => (
        <Box key={`${conflict.code}:${conflict.message}`} mt={1}>
          <Alert severity={conflict.severity}>
            {conflict.code}: {conflict.message}
          </Alert>
        </Box>
      ))}
      {listeners.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {gateway.listeners.length > 0
            ? 'None of its own listeners passes the filters.'
            : 'This Gateway has no listeners.'}
        </Typography>
      )}
      {listeners.map(listener => (
        <ListenerSection
          key={listener.listener.name}
          owner={gateway}
          shown={listener}
        />
      ))}
      {listenerSets.map(listenerSet => (
        <ListenerSetSection
          key={`${listenerSet.listenerSet.namespace}/${listenerSet.listenerSet.name}`}
          shown={listenerSet}
        />
      ))}
    </InfoCard>
  );
}
