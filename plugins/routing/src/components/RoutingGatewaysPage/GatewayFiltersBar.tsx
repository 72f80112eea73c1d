import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { parseEntityRef } from '@backstage/catalog-model';
import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import type { GatewayFilterOptions, GatewayFilters } from './gatewayFilters';

/** Props of {@link GatewayFiltersBar}. */
export interface GatewayFiltersBarProps {
  filters: GatewayFilters;
  options: GatewayFilterOptions;
  onChange: (key: keyof GatewayFilters, value: string) => void;
  onClear: () => void;
  /** Why the owner filter cannot be offered (the catalog is loading or failed), if it cannot. */
  ownersUnavailable?: string;
}

interface ChoiceProps {
  label: string;
  value?: string;
  choices: string[];
  /** The words for a choice; the choice itself when not set. */
  labelOf?: (choice: string) => string;
  onChange: (value: string) => void;
  disabled?: boolean;
  helperText?: string;
}

function Choice(props: ChoiceProps) {
  const { label, value, choices, labelOf, onChange, disabled, helperText } =
    props;
  const id = `routing-gateways-${label.toLocaleLowerCase('en-US')}`;
  // A chosen value the answer no longer holds (a link from elsewhere) stays choosable.
  const all = value && !choices.includes(value) ? [value, ...choices] : choices;
  return (
    <TextField
      id={id}
      select
      label={label}
      value={value ?? ''}
      onChange={event => onChange(event.target.value)}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      variant="outlined"
      size="small"
      disabled={disabled}
      helperText={helperText}
    >
      <option value="">All</option>
      {all.map(choice => (
        <option key={choice} value={choice}>
          {labelOf ? labelOf(choice) : choice}
        </option>
      ))}
    </TextField>
  );
}

function ownerLabel(ownerRef: string): string {
  return humanizeEntityRef(parseEntityRef(ownerRef), { defaultKind: 'group' });
}

/** The gateways page filters: cluster, namespace, hostname (wildcards allowed) and owner. */
export function GatewayFiltersBar(props: GatewayFiltersBarProps) {
  const { filters, options, onChange, onClear, ownersUnavailable } = props;
  const filtered = Object.values(filters).some(Boolean);
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="flex-start"
      gridGap={16}
      mb={2}
    >
      <Choice
        label="Cluster"
        value={filters.cluster}
        choices={options.clusters}
        onChange={value => onChange('cluster', value)}
      />
      <Choice
        label="Namespace"
        value={filters.namespace}
        choices={options.namespaces}
        onChange={value => onChange('namespace', value)}
      />
      <TextField
        id="routing-gateways-hostname"
        label="Hostname"
        placeholder="shop.example.com or *.example.com"
        value={filters.hostname ?? ''}
        onChange={event => onChange('hostname', event.target.value)}
        InputLabelProps={{ shrink: true }}
        variant="outlined"
        size="small"
      />
      <Choice
        label="Owner"
        value={filters.owner}
        choices={options.owners}
        labelOf={ownerLabel}
        onChange={value => onChange('owner', value)}
        disabled={ownersUnavailable !== undefined}
        helperText={ownersUnavailable}
      />
      {filtered && <Button onClick={onClear}>Clear filters</Button>}
    </Box>
  );
}
