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

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const relativeTime = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How long ago `isoTime` was, in its largest whole unit: `3 minutes ago`, `yesterday`;
 * `now` for a time less than a second ago or in the future (clocks drift).
 */
export function relativeAge(isoTime: string, now: Date): string {
  const seconds = Math.max(
    0,
    Math.floor((now.getTime() - new Date(isoTime).getTime()) / 1000),
  );
  const [unit, size] = units.find(
    ([, unitSeconds]) => seconds >= unitSeconds,
  ) ?? ['second', 1];
  return relativeTime.format(-Math.floor(seconds / size), unit);
}
