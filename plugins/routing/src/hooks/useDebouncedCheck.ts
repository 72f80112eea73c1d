import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { routingApiRef, type RoutingApi } from '../api/types';

/** What {@link useDebouncedCheck} returns. */
export interface CheckState<TResult> {
  /** The last answer; kept while a newer request is being checked. */
  result?: TResult;
  /** True from a change of the request until its answer. */
  checking: boolean;
  /** Why the last check failed (backend unreachable, malformed request). */
  error?: Error;
}

/**
 * Asks the routing backend to check a request, again each time the request has not changed
 * for `delayMs` (the first check right away); nothing while the request is undefined.
 */
export function useDebouncedCheck<TRequest, TResult>(
  request: TRequest | undefined,
  check: (routingApi: RoutingApi, request: TRequest) => Promise<TResult>,
  delayMs: number,
): CheckState<TResult> {
  const routingApi = useApi(routingApiRef);
  const key = request === undefined ? '' : JSON.stringify(request);
  const [checkedKey, setCheckedKey] = useState(key);
  useDebounce(() => setCheckedKey(key), delayMs, [key]);

  const { value, loading, error } = useAsync(
    async () =>
      checkedKey === '' ? undefined : check(routingApi, JSON.parse(checkedKey)),
    // `check` is one of the API's calls, fixed for a field: the request decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [routingApi, checkedKey],
  );
  return {
    result: checkedKey === '' ? undefined : value,
    checking: key !== '' && (key !== checkedKey || loading),
    error,
  };
}
