import type {
  IngressMigrationPreview,
  IngressMigrationRequest,
  IngressRemovalPreview,
  IngressRemovalRequest,
} from '@portway/plugin-routing-common';
import type { ReviewKind } from '../review';
import {
  ingressMigrationRequest,
  ingressRemovalRequest,
} from './ingressChangeRequests';

/** The review of a migration: the routes made of the Ingresses, checked against the cluster. */
export const migrationReviewKind: ReviewKind<
  IngressMigrationRequest,
  IngressMigrationPreview
> = {
  subject: 'the migration',
  action: 'be requested',
  missing:
    'Choose the component, tick its Ingresses and pick the Gateway listener',
  request: ingressMigrationRequest,
  check: (routingApi, request) => routingApi.previewIngressMigration(request),
};

/** The review of a removal: whether the Ingresses can go, and what their removal deletes. */
export const removalReviewKind: ReviewKind<
  IngressRemovalRequest,
  IngressRemovalPreview
> = {
  subject: 'the removal',
  action: 'be requested',
  missing: 'Choose the component and tick the Ingresses to remove',
  request: ingressRemovalRequest,
  check: (routingApi, request) => routingApi.previewIngressRemoval(request),
};
