import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useEntityServices } from '../../../hooks/useEntityServices';
import { ClusterStatusBanner } from '../../ClusterStatusBanner';
import { FieldFrame } from '../FieldFrame';
import { FieldHint } from '../FieldHint';
import { FieldLoading } from '../FieldLoading';
import {
  formEntity,
  formExposureType,
  formValues,
  isGrpcExposure,
} from '../formValues';
import type { ServiceTarget } from '../types';
import {
  describePort,
  servicePortChoices,
  targetKey,
  type ServicePortChoice,
} from './servicePortChoices';

/**
 * Props of {@link RoutingServicePicker}.
 *
 * @public
 */
export type RoutingServicePickerProps =
  FieldExtensionComponentProps<ServiceTarget>;

function choiceLabel({ target }: ServicePortChoice): string {
  return `${target.namespace}/${target.name}:${target.port} (${target.cluster})`;
}

function ChoiceOption(props: { choice: ServicePortChoice; markGrpc: boolean }) {
  const { choice, markGrpc } = props;
  return (
    <Box display="flex" alignItems="center" width="100%">
      <Box flexGrow={1}>
        <Typography variant="body2">
          {choice.target.namespace}/{choice.target.name}:{choice.target.port}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {describePort(choice.port)}
        </Typography>
      </Box>
      {markGrpc && choice.grpc && (
        <Chip size="small" color="primary" label="gRPC" />
      )}
    </Box>
  );
}

function NoServicesFound({ entityRef }: { entityRef: string }) {
  return (
    <Alert severity="info">
      No Services of {entityRef} were found in any cluster. A Service belongs to
      the entity when it carries the label <code>{KUBERNETES_ANNOTATION}</code>{' '}
      with the value of the entity's <code>{KUBERNETES_ANNOTATION}</code>{' '}
      annotation, or when it matches the entity's{' '}
      <code>{KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION}</code> annotation.
    </Alert>
  );
}

/**
 * Picks one port of one of the entity's Services, from every cluster; the form's `target`
 * becomes `{ cluster, namespace, name, port }`. For gRPC exposure, ports whose appProtocol
 * or name says gRPC come first and are marked.
 *
 * @public
 */
export function RoutingServicePicker(props: RoutingServicePickerProps) {
  const { formData, onChange, schema, required, rawErrors, idSchema } = props;
  const values = formValues(props.formContext);
  const entity = formEntity(values);
  const preferGrpc = isGrpcExposure(formExposureType(values));
  const { value, loading, error } = useEntityServices(entity);
  const title = schema.title ?? 'Service';

  if (!entity) {
    return (
      <FieldHint field={props} title={title}>
        Choose the component first: its Services, from every cluster, are listed
        here.
      </FieldHint>
    );
  }
  const entityRef = stringifyEntityRef(entity);
  if (loading || error || !value) {
    return (
      <FieldLoading
        field={props}
        title={title}
        what={`the Services of ${entityRef}`}
        loading={loading}
        error={error}
      />
    );
  }

  const choices = servicePortChoices(value.services, { preferGrpc }).flatMap(
    group => group.choices,
  );
  const selected = formData
    ? choices.find(choice => choice.key === targetKey(formData))
    : undefined;
  return (
    <FieldFrame field={props}>
      <ClusterStatusBanner
        clusters={value.clusters}
        consequence="its Services may be missing"
      />
      {choices.length === 0 ? (
        <NoServicesFound entityRef={entityRef} />
      ) : (
        <Autocomplete
          id={idSchema?.$id}
          options={choices}
          groupBy={choice => `Cluster ${choice.target.cluster}`}
          getOptionLabel={choiceLabel}
          getOptionSelected={(option, chosen) => option.key === chosen.key}
          renderOption={choice => (
            <ChoiceOption choice={choice} markGrpc={preferGrpc} />
          )}
          value={selected ?? null}
          onChange={(_event, choice) => onChange(choice?.target)}
          renderInput={params => (
            <TextField
              {...params}
              label={title}
              required={required}
              error={Boolean(rawErrors?.length)}
            />
          )}
        />
      )}
      {formData?.name && !selected && (
        <Typography variant="caption" color="error">
          {formData.namespace}/{formData.name}:{formData.port} in cluster{' '}
          {formData.cluster} is not one of the Services found: pick again.
        </Typography>
      )}
    </FieldFrame>
  );
}
