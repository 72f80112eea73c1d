import { useEffect } from 'react';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { IngressClassOption } from '@portway/plugin-routing-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useIngressClasses } from '../../../hooks/useIngressClasses';
import { ClusterStatusBanner } from '../../ClusterStatusBanner';
import { FieldFrame } from '../FieldFrame';
import { FieldHint } from '../FieldHint';
import { FieldLoading } from '../FieldLoading';
import { formEntity, formTarget, formValues } from '../formValues';

/**
 * Props of {@link RoutingIngressClassPicker}.
 *
 * @public
 */
export type RoutingIngressClassPickerProps =
  FieldExtensionComponentProps<string>;

/** `nginx (k8s.io/ingress-nginx, default)`. */
function classLabel(ingressClass: IngressClassOption): string {
  const details = [
    ingressClass.controller,
    ingressClass.isDefault && 'default',
  ].filter(Boolean);
  return details.length
    ? `${ingressClass.name} (${details.join(', ')})`
    : ingressClass.name;
}

/**
 * Picks the IngressClass of the chosen Service's cluster; the form's `ingressClassName`
 * becomes its name. The cluster's default class is picked until the user picks another.
 *
 * @public
 */
export function RoutingIngressClassPicker(
  props: RoutingIngressClassPickerProps,
) {
  const { formData, onChange, schema, required, rawErrors, idSchema } = props;
  const values = formValues(props.formContext);
  const cluster = formTarget(values)?.cluster;
  const { value, loading, error } = useIngressClasses(
    formEntity(values),
    cluster,
  );
  const title = schema.title ?? 'Ingress class';
  const defaultClass = value?.ingressClasses.find(option => option.isDefault);

  useEffect(() => {
    if (!formData && defaultClass) {
      onChange(defaultClass.name);
    }
  }, [formData, defaultClass, onChange]);

  if (!cluster) {
    return (
      <FieldHint field={props} title={title}>
        Pick the Service first: the IngressClasses of its cluster are listed
        here.
      </FieldHint>
    );
  }
  if (loading || error || !value) {
    return (
      <FieldLoading
        field={props}
        title={title}
        what={`the IngressClasses of cluster ${cluster}`}
        loading={loading}
        error={error}
      />
    );
  }

  const { ingressClasses } = value;
  const known = ingressClasses.some(option => option.name === formData);
  return (
    <FieldFrame field={props}>
      <ClusterStatusBanner
        clusters={value.clusters}
        consequence="its IngressClasses may be missing"
      />
      {ingressClasses.length === 0 ? (
        <Alert severity="info">Cluster {cluster} has no IngressClasses.</Alert>
      ) : (
        <TextField
          id={idSchema?.$id}
          select
          label={title}
          value={known ? formData : ''}
          onChange={event => onChange(event.target.value)}
          required={required}
          error={Boolean(rawErrors?.length)}
          fullWidth
        >
          {ingressClasses.map(option => (
            <MenuItem key={option.name} value={option.name}>
              {classLabel(option)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {formData && !known && (
        <Typography variant="caption" color="error">
          Cluster {cluster} has no IngressClass {formData}: pick one.
        </Typography>
      )}
    </FieldFrame>
  );
}
