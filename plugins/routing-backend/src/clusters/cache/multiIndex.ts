/**
 * Objects by every key a function gives them, for lookups without scanning. The caller removes
 * an object with the same value it added, so its keys need not be stored.
 */
export interface MultiIndex<T> {
  add(value: T): void;
  remove(value: T): void;
  get(key: string): T[];
}

/** A {@link MultiIndex} keyed by `keysOf`. */
export function createMultiIndex<T>(
  keysOf: (value: T) => Iterable<string>,
): MultiIndex<T> {
  const byKey = new Map<string, Set<T>>();
  return {
    add(value) {
      for (const key of keysOf(value)) {
        let values = byKey.get(key);
        if (!values) byKey.set(key, (values = new Set()));
        values.add(value);
      }
    },
    remove(value) {
      for (const key of keysOf(value)) {
        const values = byKey.get(key);
        values?.delete(value);
        if (values?.size === 0) byKey.delete(key);
      }
    },
    get(key) {
      return [...(byKey.get(key) ?? [])];
    },
  };
}
