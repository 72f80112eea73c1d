import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { LiveIngress } from '../../../hooks/useEntityIngresses';
import type { IngressChangePurpose } from '../types';
import type { IngressGroup } from './ingressGroups';
import { MigrationStateLine } from '../../IngressMigration/MigrationStateLine';

/** Props of {@link IngressGroupList}. */
export interface IngressGroupListProps {
  group: IngressGroup;
  /** The ticked names, when this group holds the selection. */
  ticked: string[];
  /** Why nothing of this group can be ticked (another group holds the selection). */
  lockedBecause?: string;
  purpose: IngressChangePurpose;
  disabled?: boolean;
  onToggle: (ingress: LiveIngress) => void;
}

/** Why an Ingress cannot be ticked for the purpose; undefined when it can. */
function refusal(
  ingress: LiveIngress,
  purpose: IngressChangePurpose,
): string | undefined {
  return purpose === 'removal' && !ingress.ingress.migration.safeToRemove
    ? 'Cannot be removed until routes its Gateway Accepted serve every host and path.'
    : undefined;
}

function IngressRow(props: {
  ingress: LiveIngress;
  checked: boolean;
  disabled: boolean;
  refusedBecause?: string;
  onToggle: () => void;
}) {
  const { ingress, checked, disabled, refusedBecause, onToggle } = props;
  const { className, migration } = ingress.ingress;
  const labelId = `ingress-${ingress.cluster}-${ingress.namespace}-${ingress.name}`;
  return (
    <ListItem dense disableGutters>
      <ListItemIcon>
        <Checkbox
          edge="start"
          color="primary"
          checked={checked}
          disabled={disabled}
          onChange={onToggle}
          inputProps={{ 'aria-labelledby': labelId }}
        />
      </ListItemIcon>
      <ListItemText
        primary={ingress.name}
        primaryTypographyProps={{ id: labelId }}
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            <Typography variant="body2" component="span" display="block">
              {ingress.hostnames.length > 0
                ? ingress.hostnames.join(', ')
                : 'every host (default backend)'}{' '}
              · class {className ?? 'none (the default IngressClass)'}
            </Typography>
            <MigrationStateLine
              state={migration.state}
              message={migration.message}
            />
            {refusedBecause && (
              <Typography variant="caption" color="error" display="block">
                {refusedBecause}
              </Typography>
            )}
          </>
        }
      />
    </ListItem>
  );
}

/**
 * The Ingresses of one cluster and namespace, each with a checkbox, its hosts, class and
 * migration state. For removal, only those safe to remove can be ticked.
 */
export function IngressGroupList(props: IngressGroupListProps) {
  const { group, ticked, lockedBecause, purpose, disabled, onToggle } = props;
  const title = `Cluster ${group.cluster} · namespace ${group.namespace}`;
  return (
    <Box mt={2} role="group" aria-label={title}>
      <Typography variant="subtitle2" component="h4">
        {title}
      </Typography>
      {lockedBecause && (
        <Typography variant="caption" color="textSecondary">
          {lockedBecause}
        </Typography>
      )}
      <List dense disablePadding>
        {group.ingresses.map(ingress => {
          const checked = ticked.includes(ingress.name);
          const refusedBecause = refusal(ingress, purpose);
          return (
            <IngressRow
              key={ingress.name}
              ingress={ingress}
              checked={checked}
              // A ticked row stays clickable, so that a preset can be unticked.
              disabled={
                Boolean(disabled) ||
                (Boolean(lockedBecause || refusedBecause) && !checked)
              }
              refusedBecause={refusedBecause}
              onToggle={() => onToggle(ingress)}
            />
          );
        })}
      </List>
    </Box>
  );
}
