import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  ExposureRequestInput,
  RenderResult,
} from '@portway/plugin-routing-common';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { routingApiRef } from '../api/types';

/** What {@link usePreflight} returns. */
export interface PreflightState {
  /** The last answer; kept while a newer request is being checked. */
  result?: RenderResult;
  /** True from a change of the request until its answer. */
  checking: boolean;
  /** Why the last check failed (backend unreachable, malformed request). */
  error?: Error;
}

/**
 * Runs the backend preflight for a request, again each time the request has not changed
 * for `delayMs` (the first check right away); nothing while the request is undefined.
 */
export function usePreflight(
  request: ExposureRequestInput | undefined,
  delayMs: number,
): PreflightState {
  const routingApi = useApi(routingApiRef);
  const key = request === undefined ? '' : JSON.stringify(request);
  const [checkedKey, setCheckedKey] = useState(key);
  useDebounce(() => setCheckedKey(key), delayMs, [key]);

  const { value, loading, error } = useAsync(
    async () =>
      checkedKey === ''
        ? undefined
        : routingApi.preflight(JSON.parse(checkedKey)),
    [routingApi, checkedKey],
  );
  return {
    result: checkedKey === '' ? undefined : value,
    checking: key !== '' && (key !== checkedKey || loading),
    error,
  };
}
