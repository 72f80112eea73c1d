import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { CheckedReview, ManifestFiles } from '../review';
import type { ExposureReviewValue } from '../types';
import { exposureReviewKind } from './exposureReviewKind';

/**
 * Props of {@link RoutingExposureReview}.
 *
 * @public
 */
export type RoutingExposureReviewProps =
  FieldExtensionComponentProps<ExposureReviewValue>;

/**
 * Shows what the backend's preflight says of the whole request (every finding) and the
 * files the change would add to the GitOps repository. Its value, the form's `review`,
 * summarizes the answer; its validation runs the preflight again and blocks on errors.
 *
 * @public
 */
export function RoutingExposureReview(props: RoutingExposureReviewProps) {
  return (
    <CheckedReview
      field={props}
      kind={exposureReviewKind}
      details={result => <ManifestFiles files={result.files} />}
    />
  );
}
