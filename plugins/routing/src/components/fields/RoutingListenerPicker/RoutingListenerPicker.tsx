import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type { ListenerOption } from '@portway/plugin-routing-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useListeners } from '../../../hooks/useListeners';
import { ClusterStatusBanner } from '../../ClusterStatusBanner';
import { FieldFrame } from '../FieldFrame';
import { FieldLoading } from '../FieldLoading';
import { formEntity, formTarget, formValues } from '../formValues';
import { listenerQuery } from '../listenerQuery';
import type { GatewayListenerValue } from '../types';
import {
  describeListener,
  isListener,
  listenerValue,
} from './describeListener';

/**
 * The `ui:options` of {@link RoutingListenerPicker}.
 *
 * @public
 */
export type RoutingListenerPickerUiOptions = {
  /** The kind of route that will attach; the form's `type` when not set. */
  type?: 'http' | 'grpc-gateway';
};

/**
 * Props of {@link RoutingListenerPicker}.
 *
 * @public
 */
export type RoutingListenerPickerProps = FieldExtensionComponentProps<
  GatewayListenerValue,
  RoutingListenerPickerUiOptions
>;

function gatewayName(listener: ListenerOption): string {
  return `${listener.gateway.namespace}/${listener.gateway.name}`;
}

function ListenerChoice({ listener }: { listener: ListenerOption }) {
  return (
    <Box>
      <Typography variant="body2">
        {gatewayName(listener)} · {listener.name}
      </Typography>
      <Typography variant="caption" color="textSecondary" display="block">
        {describeListener(listener)}
      </Typography>
      {listener.refusal && (
        <Typography variant="caption" color="error" display="block">
          {listener.refusal.message}
        </Typography>
      )}
    </Box>
  );
}

/**
 * Picks the Gateway listener a route attaches to, among the listeners of the chosen
 * Service's cluster; the form's `gateway` becomes `{ namespace, name, sectionName }`.
 * Listeners that would refuse the route are shown, disabled, with the reason.
 *
 * @public
 */
export function RoutingListenerPicker(props: RoutingListenerPickerProps) {
  const {
    formData,
    onChange,
    schema,
    uiSchema,
    required,
    rawErrors,
    idSchema,
  } = props;
  const values = formValues(props.formContext);
  const entity = formEntity(values);
  const target = formTarget(values);
  const query = listenerQuery(values, uiSchema?.['ui:options']?.type);
  const { value, loading, error } = useListeners(entity, query);
  const title = schema.title ?? 'Gateway listener';

  if (!entity || !target) {
    return (
      <FieldFrame field={props} title={title}>
        <Typography color="textSecondary">
          Pick the Service first: the listeners of its cluster are listed here.
        </Typography>
      </FieldFrame>
    );
  }
  if (!query) {
    return (
      <FieldFrame field={props} title={title}>
        <Typography color="textSecondary">
          This kind of exposure does not attach to a Gateway listener.
        </Typography>
      </FieldFrame>
    );
  }
  if (loading || error || !value) {
    return (
      <FieldLoading
        field={props}
        title={title}
        what={`the Gateway listeners of cluster ${query.cluster}`}
        error={loading ? undefined : error ?? new Error('no answer')}
      />
    );
  }

  const selected = formData
    ? value.listeners.find(listener => isListener(listener, formData))
    : undefined;
  return (
    <FieldFrame field={props}>
      <ClusterStatusBanner
        clusters={value.clusters}
        consequence="its listeners may be missing"
      />
      {value.listeners.length === 0 ? (
        <Alert severity="info">
          Cluster {query.cluster} has no Gateway listeners that a route from
          namespace {query.namespace} could attach to.
        </Alert>
      ) : (
        <Autocomplete
          id={idSchema?.$id}
          options={value.listeners}
          groupBy={listener => `Gateway ${gatewayName(listener)}`}
          getOptionLabel={listener =>
            `${gatewayName(listener)} · ${listener.name}`
          }
          getOptionSelected={(option, chosen) =>
            isListener(option, listenerValue(chosen))
          }
          getOptionDisabled={listener => !listener.accepts}
          renderOption={listener => <ListenerChoice listener={listener} />}
          value={selected ?? null}
          onChange={(_event, listener) => {
            if (!listener) {
              onChange(undefined);
            } else if (listener.accepts) {
              // Disabled options are unclickable by CSS only: never take a refusing one.
              onChange(listenerValue(listener));
            }
          }}
          renderInput={params => (
            <TextField
              {...params}
              label={title}
              required={required}
              error={Boolean(rawErrors?.length)}
              helperText={selected && describeListener(selected)}
            />
          )}
        />
      )}
      {selected?.refusal && (
        <Typography variant="caption" color="error">
          {selected.refusal.message}
        </Typography>
      )}
      {formData?.name && !selected && (
        <Typography variant="caption" color="error">
          Listener {formData.sectionName} of {formData.namespace}/
          {formData.name} is not in cluster {query.cluster}: pick again.
        </Typography>
      )}
    </FieldFrame>
  );
}
