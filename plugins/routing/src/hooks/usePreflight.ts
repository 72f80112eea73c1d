import type {
  ExposureRequestInput,
  RenderResult,
} from '@portway/plugin-routing-common';
import { useDebouncedCheck, type CheckState } from './useDebouncedCheck';

/** What {@link usePreflight} returns. */
export type PreflightState = CheckState<RenderResult>;

/**
 * Runs the backend preflight for an exposure request, again each time the request has not
 * changed for `delayMs` (the first check right away); nothing while the request is undefined.
 */
export function usePreflight(
  request: ExposureRequestInput | undefined,
  delayMs: number,
): PreflightState {
  return useDebouncedCheck(
    request,
    (routingApi, checked) => routingApi.preflight(checked),
    delayMs,
  );
}
