import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import type { VirtualServiceConversionRequest } from '@portway/plugin-routing-common';
import { CheckedReview } from '../review';
import { MigrationDetails } from '../RoutingMigrationReview/MigrationDetails';
import type { ExposureReviewValue } from '../types';
import { conversionReviewKind } from './conversionReviewKind';

/**
 * Props of {@link RoutingVirtualServiceConversionReview}.
 *
 * @public
 */
export type RoutingVirtualServiceConversionReviewProps =
  FieldExtensionComponentProps<ExposureReviewValue>;

/** The ticked VirtualServices as the converter's notes name them, in the order ticked. */
function sourcesOf(request: VirtualServiceConversionRequest): string[] {
  return (request.virtualServices ?? []).map(
    name => `VirtualService ${request.namespace}/${name}`,
  );
}

/**
 * Shows what the backend says of the conversion of the ticked VirtualServices to Gateway API
 * mesh routes (experimental): every finding, the files of the change (or the routes, while
 * errors keep them from being written) and every note, by VirtualService. Its value, the form's
 * `review`, summarizes the answer; its validation checks again and blocks on errors.
 *
 * @public
 */
export function RoutingVirtualServiceConversionReview(
  props: RoutingVirtualServiceConversionReviewProps,
) {
  return (
    <CheckedReview
      field={props}
      kind={conversionReviewKind}
      details={(preview, request) => (
        <MigrationDetails
          preview={preview}
          sources={sourcesOf(request)}
          sourcesAre="the VirtualServices"
          subject="the conversion"
        />
      )}
    />
  );
}
