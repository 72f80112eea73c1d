import type {
  ExposureChangeProvider,
  ExposureRequestRecord,
  ExposureRequestState,
} from '@portway/plugin-routing-common';
import { backendLabel } from '../BackendState';

/** How a request's state looks: on its way, live, failed, or over. */
export type ExposureRequestTone = 'progress' | 'success' | 'error' | 'neutral';

const tones: Record<ExposureRequestState, ExposureRequestTone> = {
  requested: 'progress',
  open: 'progress',
  merged: 'progress',
  live: 'success',
  failed: 'error',
  closed: 'neutral',
  expired: 'neutral',
};

/** The tone of a request's state chip. */
export function stateTone(state: ExposureRequestState): ExposureRequestTone {
  return tones[state];
}

/** What the forge calls the change: GitLab opens merge requests, the others pull requests. */
export function changeRequestLabel(provider?: ExposureChangeProvider): string {
  return provider === 'gitlab' ? 'Merge request' : 'Pull request';
}

/** The Service the request exposes: `shop/storefront:8080`. */
export function serviceLabel(record: ExposureRequestRecord): string {
  const { service } = record.request;
  return backendLabel({
    kind: 'Service',
    namespace: record.namespace,
    name: service.name,
    port: service.port,
  });
}
