import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useEntityIngresses } from '../../../hooks/useEntityIngresses';
import { ClusterStatusBanner } from '../../ClusterStatusBanner';
import { FieldFrame } from '../FieldFrame';
import { FieldHint } from '../FieldHint';
import { FieldLoading } from '../FieldLoading';
import { formEntity, formValues, isIngressSelection } from '../formValues';
import { ingressChangePurpose } from '../ingressChangePurpose';
import type { IngressChangePurpose, IngressSelection } from '../types';
import { IngressGroupList } from './IngressGroupList';
import {
  ingressGroups,
  missingIngresses,
  selectsGroup,
  toggleIngress,
} from './ingressGroups';

/**
 * The `ui:options` of {@link RoutingIngressMigrationPicker}.
 *
 * @public
 */
export type RoutingIngressMigrationPickerUiOptions = {
  /** `removal`: only Ingresses safe to remove can be ticked. Default `migration`. */
  purpose?: IngressChangePurpose;
};

/**
 * Props of {@link RoutingIngressMigrationPicker}.
 *
 * @public
 */
export type RoutingIngressMigrationPickerProps = FieldExtensionComponentProps<
  IngressSelection,
  RoutingIngressMigrationPickerUiOptions
>;

/**
 * Picks Ingresses of the entity, of one cluster and namespace, from the live clusters; the
 * form's `ingress` becomes `{ cluster, namespace, names }`. Each Ingress shows its hosts,
 * class and migration state; for removal only those safe to remove can be ticked.
 *
 * @public
 */
export function RoutingIngressMigrationPicker(
  props: RoutingIngressMigrationPickerProps,
) {
  const { formData, onChange, schema, uiSchema, disabled } = props;
  const purpose = ingressChangePurpose(uiSchema);
  const entity = formEntity(formValues(props.formContext));
  const { value, loading, error } = useEntityIngresses(entity);
  const title = schema.title ?? 'Ingresses';
  const selection = isIngressSelection(formData) ? formData : undefined;

  if (!entity) {
    return (
      <FieldHint field={props} title={title}>
        Choose the component first: its Ingresses, from every cluster, are
        listed here.
      </FieldHint>
    );
  }
  const entityRef = stringifyEntityRef(entity);
  if (loading || error || !value) {
    return (
      <FieldLoading
        field={props}
        title={title}
        what={`the Ingresses of ${entityRef}`}
        loading={loading}
        error={error}
      />
    );
  }

  const groups = ingressGroups(value.ingresses);
  const missing = missingIngresses(selection, groups);
  const lockedBecause =
    selection && selection.names.length > 0
      ? `One change takes the Ingresses of one namespace: untick those of namespace ${selection.namespace} in cluster ${selection.cluster} to pick these.`
      : undefined;
  return (
    <FieldFrame field={props} title={title}>
      <ClusterStatusBanner
        clusters={value.clusters}
        consequence="its Ingresses may be missing"
      />
      {groups.length === 0 && (
        <Alert severity="info">
          No Ingresses of {entityRef} were found in any cluster: there is
          nothing to {purpose === 'removal' ? 'remove' : 'migrate'}.
        </Alert>
      )}
      {groups.map(group => {
        const holdsSelection = selectsGroup(selection, group);
        return (
          <IngressGroupList
            key={`${group.cluster}/${group.namespace}`}
            group={group}
            ticked={holdsSelection ? selection!.names : []}
            lockedBecause={holdsSelection ? undefined : lockedBecause}
            purpose={purpose}
            disabled={disabled}
            onToggle={ingress => onChange(toggleIngress(selection, ingress))}
          />
        );
      })}
      {selection && missing.length > 0 && (
        <Typography variant="caption" color="error">
          {missing.join(', ')} in namespace {selection.namespace} of cluster{' '}
          {selection.cluster} {missing.length === 1 ? 'is' : 'are'} not among
          the Ingresses found: pick again.
        </Typography>
      )}
    </FieldFrame>
  );
}
