import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { ingressRefs } from '@portway/plugin-routing-common';
import { ingressChangePurpose } from '../ingressChangePurpose';
import { CheckedReview } from '../review';
import type { ExposureReviewValue, IngressChangePurpose } from '../types';
import { migrationReviewKind, removalReviewKind } from './ingressReviewKinds';
import { MigrationDetails } from './MigrationDetails';
import { RemovalDetails } from './RemovalDetails';

/**
 * The `ui:options` of {@link RoutingMigrationReview}.
 *
 * @public
 */
export type RoutingMigrationReviewUiOptions = {
  /** `removal`: review the removal of the Ingresses. Default `migration`. */
  purpose?: IngressChangePurpose;
};

/**
 * Props of {@link RoutingMigrationReview}.
 *
 * @public
 */
export type RoutingMigrationReviewProps = FieldExtensionComponentProps<
  ExposureReviewValue,
  RoutingMigrationReviewUiOptions
>;

/**
 * Shows what the backend says of the migration of the ticked Ingresses to the chosen
 * listener: every finding, the files of the change (or the objects, while errors keep them
 * from being written) and every note, by Ingress. For removal: the findings, the files it
 * deletes and the report. Its value, the form's `review`, summarizes the answer; its
 * validation checks again and blocks on errors.
 *
 * @public
 */
export function RoutingMigrationReview(props: RoutingMigrationReviewProps) {
  if (ingressChangePurpose(props.uiSchema) === 'removal') {
    return (
      <CheckedReview
        field={props}
        kind={removalReviewKind}
        details={preview => <RemovalDetails preview={preview} />}
      />
    );
  }
  return (
    <CheckedReview
      field={props}
      kind={migrationReviewKind}
      details={(preview, request) => (
        <MigrationDetails
          preview={preview}
          sources={ingressRefs(request).map(ref => `Ingress ${ref}`)}
          sourcesAre="the Ingresses"
          subject="the migration"
        />
      )}
    />
  );
}
