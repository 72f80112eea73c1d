import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { GatewayFilters } from './gatewayFilters';

const KEYS: Array<keyof GatewayFilters> = [
  'cluster',
  'namespace',
  'hostname',
  'owner',
];

/** What {@link useFiltersInUrl} returns. */
export interface FiltersInUrl {
  filters: GatewayFilters;
  /** Sets one filter; an empty value removes it. */
  setFilter: (key: keyof GatewayFilters, value: string) => void;
  /** Removes every filter. */
  clearFilters: () => void;
}

/**
 * The gateways page filters, kept in the query string (`?cluster=prod-eu&owner=...`) so that
 * a filtered page can be shared and survives a reload; changes replace the history entry.
 */
export function useFiltersInUrl(): FiltersInUrl {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const read: GatewayFilters = {};
    for (const key of KEYS) {
      const value = params.get(key);
      if (value) read[key] = value;
    }
    return read;
  }, [params]);

  const setFilter = useCallback(
    (key: keyof GatewayFilters, value: string) =>
      setParams(
        current => {
          const next = new URLSearchParams(current);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clearFilters = useCallback(
    () =>
      setParams(
        current => {
          const next = new URLSearchParams(current);
          KEYS.forEach(key => next.delete(key));
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilter, clearFilters };
}
