import type {
  VirtualServiceConversionPreview,
  VirtualServiceConversionRequest,
} from '@portway/plugin-routing-common';
import type { ReviewKind } from '../review';
import { virtualServiceConversionRequest } from './virtualServiceConversionRequest';

/** The review of a conversion: the mesh routes made of the VirtualServices, and their files. */
export const conversionReviewKind: ReviewKind<
  VirtualServiceConversionRequest,
  VirtualServiceConversionPreview
> = {
  subject: 'the conversion',
  action: 'be requested',
  missing: 'Choose the component and tick its VirtualServices',
  request: virtualServiceConversionRequest,
  check: (routingApi, request) =>
    routingApi.previewVirtualServiceConversion(request),
};
