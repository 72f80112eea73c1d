import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { stringifyEntityRef } from '@backstage/catalog-model';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useEntityVirtualServices } from '../../../hooks/useEntityVirtualServices';
import { ClusterStatusBanner } from '../../ClusterStatusBanner';
import { ExperimentalBadge } from '../../ExperimentalBadge';
import { FieldFrame } from '../FieldFrame';
import { FieldHint } from '../FieldHint';
import { FieldLoading } from '../FieldLoading';
import { formEntity, formValues, isIngressSelection } from '../formValues';
import { namespaceGroups } from '../namespaceGroups';
import {
  selectsGroup,
  toggleIngress,
} from '../RoutingIngressMigrationPicker/ingressGroups';
import type { VirtualServiceSelection } from '../types';
import { VirtualServiceGroupList } from './VirtualServiceGroupList';
import { missingVirtualServices } from './virtualServiceSelection';

/**
 * Props of {@link RoutingVirtualServicePicker}.
 *
 * @public
 */
export type RoutingVirtualServicePickerProps =
  FieldExtensionComponentProps<VirtualServiceSelection>;

/**
 * Picks mesh VirtualServices of the entity, of one cluster and namespace, from what the Routing
 * tab shows; the form's `virtualService` becomes `{ cluster, namespace, names }`. Each shows its
 * hosts and matches; those of Istio ingress Gateways cannot be ticked.
 *
 * @public
 */
export function RoutingVirtualServicePicker(
  props: RoutingVirtualServicePickerProps,
) {
  const { formData, onChange, schema, disabled } = props;
  const entity = formEntity(formValues(props.formContext));
  const { value, loading, error } = useEntityVirtualServices(entity);
  const title = schema.title ?? 'VirtualServices';
  // The same shape as an Ingress selection: cluster, namespace and names.
  const selection = isIngressSelection(formData) ? formData : undefined;

  if (!entity) {
    return (
      <FieldHint field={props} title={title}>
        Choose the component first: its VirtualServices, from every cluster, are
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
        what={`the VirtualServices of ${entityRef}`}
        loading={loading}
        error={error}
      />
    );
  }

  const groups = namespaceGroups(value.virtualServices);
  const missing = missingVirtualServices(selection, groups);
  const lockedBecause =
    selection && selection.names.length > 0
      ? `One change takes the VirtualServices of one namespace: untick those of namespace ${selection.namespace} in cluster ${selection.cluster} to pick these.`
      : undefined;
  return (
    <FieldFrame field={props} title={title}>
      <Box display="flex" alignItems="center" my={1}>
        <Box mr={1}>
          <ExperimentalBadge />
        </Box>
        <Typography variant="body2" color="textSecondary">
          Each becomes a Gateway API mesh route (GAMMA) bound to its Service.
        </Typography>
      </Box>
      <ClusterStatusBanner
        clusters={value.clusters}
        consequence="its VirtualServices may be missing"
      />
      {groups.length === 0 && (
        <Alert severity="info">
          No VirtualServices of {entityRef} were found in any cluster: there is
          nothing to convert.
        </Alert>
      )}
      {groups.map(group => {
        const holdsSelection = selectsGroup(selection, group);
        return (
          <VirtualServiceGroupList
            key={`${group.cluster}/${group.namespace}`}
            group={group}
            ticked={holdsSelection ? selection!.names : []}
            lockedBecause={holdsSelection ? undefined : lockedBecause}
            disabled={disabled}
            onToggle={vs => onChange(toggleIngress(selection, vs))}
          />
        );
      })}
      {selection && missing.length > 0 && (
        <Typography variant="caption" color="error">
          {missing.join(', ')} in namespace {selection.namespace} of cluster{' '}
          {selection.cluster} {missing.length === 1 ? 'is' : 'are'} not among
          the VirtualServices found: pick again.
        </Typography>
      )}
    </FieldFrame>
  );
}
