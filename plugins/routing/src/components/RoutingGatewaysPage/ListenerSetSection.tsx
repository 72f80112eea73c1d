import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ConditionChip } from '../ConditionChip';
import { AnalysisNote } from './AnalysisNote';
import type { ShownListenerSet } from './gatewayFilters';
import { ListenerSection } from './ListenerSection';

/** Props of {@link ListenerSetSection}. */
export interface ListenerSetSectionProps {
  shown: ShownListenerSet;
}

/**
 * A ListenerSet that adds listeners to the Gateway: whether the Gateway took it (its
 * conditions), then each of its listeners (of those the filters keep) as the Gateway's own
 * are shown, with the routes that name them.
 */
export function ListenerSetSection({ shown }: ListenerSetSectionProps) {
  const { listenerSet, listeners } = shown;
  const reference = `${listenerSet.namespace}/${listenerSet.name}`;
  return (
    <Box
      component="section"
      mt={3}
      pl={2}
      borderLeft={3}
      borderColor="divider"
      aria-label={`ListenerSet ${reference}`}
    >
      <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={8}>
        <Typography variant="h6" component="h3">
          ListenerSet {reference}
        </Typography>
        {listenerSet.conditions.map(condition => (
          <ConditionChip key={condition.type} condition={condition} />
        ))}
      </Box>
      <AnalysisNote
        subject="ListenerSet"
        conditionsFrom={listenerSet.conditionsFrom}
      />
      {listeners.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {listenerSet.listeners.length > 0
            ? 'None of its listeners passes the filters.'
            : 'This ListenerSet has no listeners.'}
        </Typography>
      )}
      {listeners.map(listener => (
        <ListenerSection
          key={listener.listener.name}
          owner={listenerSet}
          shown={listener}
        />
      ))}
    </Box>
  );
}
