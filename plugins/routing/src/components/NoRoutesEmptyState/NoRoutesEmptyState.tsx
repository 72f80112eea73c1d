import Typography from '@material-ui/core/Typography';
import { EmptyState } from '@backstage/core-components';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';
import { isRoutingAvailable } from '../../isRoutingAvailable';
import {
  RequestExposureButton,
  type ExposureTemplateOption,
} from '../RequestExposureButton';

/** Props of {@link NoRoutesEmptyState}. */
export interface NoRoutesEmptyStateProps {
  entity: Entity;
  /** The templates behind "Request exposure"; Portway's three when not set. */
  exposureTemplates?: ExposureTemplateOption[];
}

function HowRoutesAreFound({ entity }: { entity: Entity }) {
  const annotations = entity.metadata.annotations ?? {};
  const selector =
    annotations[KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION] ??
    `${KUBERNETES_ANNOTATION}=${annotations[KUBERNETES_ANNOTATION] ?? '…'}`;
  return (
    <>
      <Typography component="span" display="block" paragraph>
        Routes are found in every configured cluster in two ways: Gateway API
        HTTPRoutes and GRPCRoutes that carry the label <code>{selector}</code>,
        and routes whose backends point at a Service that carries it.
      </Typography>
      {isRoutingAvailable(entity) ? (
        <Typography component="span" display="block" paragraph>
          No such route exists yet. Request exposure to open a pull request that
          adds one: HTTP through a shared Gateway, gRPC in the mesh or through a
          Gateway, or (legacy) an Ingress.
        </Typography>
      ) : (
        <Typography component="span" display="block" paragraph>
          This entity has neither the <code>{KUBERNETES_ANNOTATION}</code> nor
          the <code>{KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION}</code>{' '}
          annotation, so there is nothing to look for. Add one to its
          catalog-info.yaml, or request exposure.
        </Typography>
      )}
    </>
  );
}

/** Explains how routes are found, and offers to request exposure. */
export function NoRoutesEmptyState(props: NoRoutesEmptyStateProps) {
  const { entity, exposureTemplates } = props;
  return (
    <EmptyState
      missing="data"
      title="No routes found for this entity"
      description={<HowRoutesAreFound entity={entity} />}
      action={
        <RequestExposureButton
          entityRef={stringifyEntityRef(entity)}
          templates={exposureTemplates}
        />
      }
    />
  );
}
