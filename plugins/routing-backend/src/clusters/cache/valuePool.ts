/** Hands out one shared, frozen instance for equal JSON values. */
export interface ValuePool {
  share<T>(value: T): T;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * A pool of equal values, so thousands of routes with the same status (the same parent and
 * conditions) or the same parentRefs keep one copy in memory. Shared values are frozen: code
 * that tried to change a cached object would fail loudly instead of changing others. The pool
 * forgets what it holds after `capacity` distinct values; that only costs sharing.
 */
export function createValuePool(capacity = 5000): ValuePool {
  let values = new Map<string, unknown>();
  return {
    share(value) {
      if (value === null || typeof value !== 'object') return value;
      const key = JSON.stringify(value);
      const known = values.get(key);
      if (known !== undefined) return known as typeof value;
      if (values.size >= capacity) values = new Map();
      values.set(key, deepFreeze(value));
      return value;
    },
  };
}
