import Typography from '@material-ui/core/Typography';
import { EmptyState } from '@backstage/core-components';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  KUBERNETES_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION,
} from '@backstage/plugin-kubernetes-common';
import {
  KUBERNETES_NAMESPACE_ANNOTATION,
  type ClusterStatus,
} from '@portway/plugin-routing-common';
import { isRoutingAvailable } from '../../isRoutingAvailable';
import {
  RequestExposureButton,
  type ExposureTemplateOption,
} from '../RequestExposureButton';

/** Props of {@link NoRoutesEmptyState}. */
export interface NoRoutesEmptyStateProps {
  entity: Entity;
  /** The clusters that were searched, as the answer lists them. */
  clusters?: ClusterStatus[];
  /** The templates behind "Request exposure"; Portway's three when not set. */
  exposureTemplates?: ExposureTemplateOption[];
}

function WhatWasLookedFor({ entity }: { entity: Entity }) {
  const annotations = entity.metadata.annotations ?? {};
  const selector =
    annotations[KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION] ??
    `${KUBERNETES_ANNOTATION}=${annotations[KUBERNETES_ANNOTATION] ?? '…'}`;
  const namespace = annotations[KUBERNETES_NAMESPACE_ANNOTATION];
  return (
    <Typography component="span" display="block" paragraph>
      Looked for Gateway API routes (HTTPRoutes, GRPCRoutes, TLSRoutes), Istio
      VirtualServices and Ingresses that carry the label <code>{selector}</code>
      {namespace && (
        <>
          {' '}
          in namespace <code>{namespace}</code> (from the{' '}
          <code>{KUBERNETES_NAMESPACE_ANNOTATION}</code> annotation)
        </>
      )}
      , and for those whose backends point at a Service that carries it.
    </Typography>
  );
}

function SearchedClusters({ clusters }: { clusters: ClusterStatus[] }) {
  return (
    <Typography component="span" display="block" paragraph>
      {clusters.length === 0
        ? 'No cluster was searched: none is configured (kubernetes.clusterLocatorMethods in app-config.yaml).'
        : `Searched ${
            clusters.length === 1 ? 'cluster' : 'clusters'
          }: ${clusters
            .map(cluster => `${cluster.name} (${cluster.state})`)
            .join(', ')}.`}
    </Typography>
  );
}

function HowRoutesAreFound(props: {
  entity: Entity;
  clusters?: ClusterStatus[];
}) {
  const { entity, clusters } = props;
  if (!isRoutingAvailable(entity)) {
    return (
      <Typography component="span" display="block" paragraph>
        This entity has neither the <code>{KUBERNETES_ANNOTATION}</code> nor the{' '}
        <code>{KUBERNETES_LABEL_SELECTOR_QUERY_ANNOTATION}</code> annotation, so
        there is nothing to look for. Add one to its catalog-info.yaml, or
        request exposure.
      </Typography>
    );
  }
  return (
    <>
      <WhatWasLookedFor entity={entity} />
      {clusters && <SearchedClusters clusters={clusters} />}
      <Typography component="span" display="block" paragraph>
        No such route exists yet. Request exposure to open a pull request that
        adds one: HTTP through a shared Gateway, gRPC in the mesh or through a
        Gateway, or (legacy) an Ingress.
      </Typography>
    </>
  );
}

/**
 * Says what was looked for (the entity's label or selector, its namespace, the kinds) and
 * in which clusters, and offers the exposure templates.
 */
export function NoRoutesEmptyState(props: NoRoutesEmptyStateProps) {
  const { entity, clusters, exposureTemplates } = props;
  return (
    <EmptyState
      missing="data"
      title="No routes found for this entity"
      description={<HowRoutesAreFound entity={entity} clusters={clusters} />}
      action={
        <RequestExposureButton
          entityRef={stringifyEntityRef(entity)}
          templates={exposureTemplates}
        />
      }
    />
  );
}
