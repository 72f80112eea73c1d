/**
 * Values by key, for lookups without scanning. The caller gives the keys when adding and the
 * same keys when removing, so the index need not store them.
 */
export interface MultiIndex<T> {
  add(value: T, keys: Iterable<string>): void;
  remove(value: T, keys: Iterable<string>): void;
  get(key: string): T[];
}

/**
 * A {@link MultiIndex}. A key with one value (most hostnames, for example) holds the value
 * itself rather than a set of one, which keeps the index small.
 */
export function createMultiIndex<T extends object>(): MultiIndex<T> {
  const byKey = new Map<string, T | Set<T>>();
  return {
    add(value, keys) {
      for (const key of keys) {
        const held = byKey.get(key);
        if (held === undefined) byKey.set(key, value);
        else if (held instanceof Set) held.add(value);
        else if (held !== value) byKey.set(key, new Set([held, value]));
      }
    },
    remove(value, keys) {
      for (const key of keys) {
        const held = byKey.get(key);
        if (held === value) {
          byKey.delete(key);
        } else if (held instanceof Set) {
          held.delete(value);
          if (held.size === 1) byKey.set(key, held.values().next().value!);
        }
      }
    },
    get(key) {
      const held = byKey.get(key);
      if (held === undefined) return [];
      return held instanceof Set ? [...held] : [held];
    },
  };
}
