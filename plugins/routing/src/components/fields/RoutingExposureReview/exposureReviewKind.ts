import type {
  ExposureRequestInput,
  RenderResult,
} from '@portway/plugin-routing-common';
import { preflightRequest } from '../preflightRequest';
import type { ReviewKind } from '../review';

/** The review of an exposure request: the backend's preflight of the whole form. */
export const exposureReviewKind: ReviewKind<
  ExposureRequestInput,
  RenderResult
> = {
  subject: 'the request',
  action: 'be created',
  missing: 'Choose the component and pick its Service',
  request: preflightRequest,
  check: (routingApi, request) => routingApi.preflight(request),
};
