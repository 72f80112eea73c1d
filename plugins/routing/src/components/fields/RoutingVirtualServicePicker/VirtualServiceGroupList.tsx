import Box from '@material-ui/core/Box';
import Checkbox from '@material-ui/core/Checkbox';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { LiveVirtualService } from '../../../hooks/useEntityVirtualServices';
import type { NamespaceGroup } from '../namespaceGroups';
import { meshRefusal } from './virtualServiceSelection';

/** Props of {@link VirtualServiceGroupList}. */
export interface VirtualServiceGroupListProps {
  group: NamespaceGroup<LiveVirtualService>;
  /** The ticked names, when this group holds the selection. */
  ticked: string[];
  /** Why nothing of this group can be ticked (another group holds the selection). */
  lockedBecause?: string;
  disabled?: boolean;
  onToggle: (virtualService: LiveVirtualService) => void;
}

function VirtualServiceRow(props: {
  virtualService: LiveVirtualService;
  checked: boolean;
  disabled: boolean;
  refusedBecause?: string;
  onToggle: () => void;
}) {
  const { virtualService, checked, disabled, refusedBecause, onToggle } = props;
  const { hosts, matches } = virtualService.virtualService;
  const labelId = `virtualservice-${virtualService.cluster}-${virtualService.namespace}-${virtualService.name}`;
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
        primary={virtualService.name}
        primaryTypographyProps={{ id: labelId }}
        secondaryTypographyProps={{ component: 'div' }}
        secondary={
          <>
            <Typography variant="body2" component="span" display="block">
              {hosts.join(', ') || 'no hosts'}
              {matches.length > 0 && ` · ${matches.join(', ')}`}
            </Typography>
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
 * The VirtualServices of one cluster and namespace, each with a checkbox, its hosts and
 * matches; those of Istio ingress Gateways cannot be ticked, saying why.
 */
export function VirtualServiceGroupList(props: VirtualServiceGroupListProps) {
  const { group, ticked, lockedBecause, disabled, onToggle } = props;
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
        {group.items.map(virtualService => {
          const checked = ticked.includes(virtualService.name);
          const refusedBecause = meshRefusal(virtualService);
          return (
            <VirtualServiceRow
              key={virtualService.name}
              virtualService={virtualService}
              checked={checked}
              // A ticked row stays clickable, so that a preset can be unticked.
              disabled={
                Boolean(disabled) ||
                (Boolean(lockedBecause || refusedBecause) && !checked)
              }
              refusedBecause={refusedBecause}
              onToggle={() => onToggle(virtualService)}
            />
          );
        })}
      </List>
    </Box>
  );
}
