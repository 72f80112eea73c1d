import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type { ListenerOption } from '@portway/plugin-routing-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useEntityIngresses } from '../../../hooks/useEntityIngresses';
import { useListeners } from '../../../hooks/useListeners';
import { ClusterStatusBanner } from '../../ClusterStatusBanner';
import { FieldFrame } from '../FieldFrame';
import { FieldHint } from '../FieldHint';
import { FieldLoading } from '../FieldLoading';
import { formEntity, formIngresses, formValues } from '../formValues';
import {
  listenerQuery,
  routeLocation,
  type RouteSource,
} from '../listenerQuery';
import { selectedHosts } from '../RoutingIngressMigrationPicker/ingressGroups';
import type { GatewayListenerValue } from '../types';
import {
  describeListener,
  isListener,
  listenerValue,
  unansweredHosts,
} from './describeListener';

/**
 * The `ui:options` of {@link RoutingListenerPicker}.
 *
 * @public
 */
export type RoutingListenerPickerUiOptions = {
  /** The kind of route that will attach; the form's `type` when not set. */
  type?: 'http' | 'grpc-gateway';
  /**
   * The field that says where the routes live: `target` (the default), the Service the
   * form exposes; `ingress`, the Ingresses a migration turns into routes (their cluster and
   * namespace, and their hosts for a hint on each listener).
   */
  source?: RouteSource;
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

/** `Answers none of the Ingresses' hosts: a, b`, or the hosts it leaves out; nothing if none. */
function HostsHint(props: { listener: ListenerOption; hosts: string[] }) {
  const unanswered = unansweredHosts(props.listener, props.hosts);
  if (unanswered.length === 0) {
    return null;
  }
  const none = unanswered.length === props.hosts.length;
  return (
    <Typography
      variant="caption"
      color={none ? 'error' : 'textSecondary'}
      display="block"
    >
      {none
        ? `Answers none of the Ingresses' hosts: ${unanswered.join(', ')}`
        : `Does not answer ${unanswered.join(', ')}`}
    </Typography>
  );
}

function ListenerChoice(props: { listener: ListenerOption; hosts: string[] }) {
  const { listener, hosts } = props;
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
      <HostsHint listener={listener} hosts={hosts} />
    </Box>
  );
}

/**
 * Picks the Gateway listener a route attaches to, among the listeners of the chosen
 * Service's cluster (or, with `ui:options.source: ingress`, the ticked Ingresses' cluster);
 * the form's `gateway` becomes `{ namespace, name, sectionName }`. Listeners that would
 * refuse the route are shown, disabled, with the reason; for Ingresses, each listener also
 * says which of their hosts it does not answer.
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
  const { type, source = 'target' } = uiSchema?.['ui:options'] ?? {};
  const location = routeLocation(values, source);
  const query = listenerQuery(values, type, source);
  const { value, loading, error } = useListeners(entity, query);
  const ingresses = useEntityIngresses(
    source === 'ingress' ? entity : undefined,
  );
  const hosts = selectedHosts(
    formIngresses(values),
    ingresses.value?.ingresses ?? [],
  );
  const title = schema.title ?? 'Gateway listener';

  if (!entity || !location) {
    return (
      <FieldHint field={props} title={title}>
        {source === 'ingress'
          ? 'Tick the Ingresses first: the listeners of their cluster are listed here.'
          : 'Pick the Service first: the listeners of its cluster are listed here.'}
      </FieldHint>
    );
  }
  if (!query) {
    return (
      <FieldHint field={props} title={title}>
        This kind of exposure does not attach to a Gateway listener.
      </FieldHint>
    );
  }
  if (loading || error || !value) {
    return (
      <FieldLoading
        field={props}
        title={title}
        what={`the Gateway listeners of cluster ${query.cluster}`}
        loading={loading}
        error={error}
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
          renderOption={listener => (
            <ListenerChoice listener={listener} hosts={hosts} />
          )}
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
      {selected && <HostsHint listener={selected} hosts={hosts} />}
      {formData?.name && !selected && (
        <Typography variant="caption" color="error">
          Listener {formData.sectionName} of {formData.namespace}/
          {formData.name} is not in cluster {query.cluster}: pick again.
        </Typography>
      )}
    </FieldFrame>
  );
}
