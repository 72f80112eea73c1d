/** Hands out one shared instance for equal values. */
export interface ValuePool {
  /** A frozen instance equal to `value`: one seen recently, or `value` itself. */
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
 * Equality of JSON values; stops at the first difference and allocates nothing. Two different
 * frozen values count as different without looking inside: both were handed out by pools
 * (parts are shared before the whole), so they are almost always different, and calling an
 * equal pair different only loses a chance to share.
 */
function equalJson(a: any, b: any): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Object.isFrozen(a) && Object.isFrozen(b)) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  let count = 0;
  for (const key in a) {
    if (Object.hasOwn(a, key)) {
      if (!equalJson(a[key], b[key])) return false;
      count++;
    }
  }
  for (const key in b) {
    if (Object.hasOwn(b, key)) count--;
  }
  return count === 0;
}

/**
 * A pool of the `size` values shared most recently, so thousands of objects with the same
 * status (the same parent and conditions), labels or parentRefs keep one copy in memory: JSON
 * parsing makes a new copy of every value. Comparing with a few recent values is cheaper than
 * hashing every value, and objects in a list come grouped (by namespace), so recent values are
 * the likely matches. Shared values are frozen: code that tried to change a cached object
 * would fail loudly instead of changing others.
 */
export function createValuePool(size = 8): ValuePool {
  const recent: unknown[] = [];
  return {
    share(value) {
      if (value === null || typeof value !== 'object') return value;
      const index = recent.findIndex(known => equalJson(known, value));
      if (index >= 0) {
        const known = recent[index];
        recent.splice(index, 1);
        recent.unshift(known);
        return known as typeof value;
      }
      recent.unshift(deepFreeze(value));
      if (recent.length > size) recent.pop();
      return value;
    },
  };
}

/** One instance for equal strings that many objects repeat (namespaces, timestamps, kinds). */
export function createStringPool(capacity = 5000) {
  let strings = new Map<string, string>();
  return {
    intern<T extends string | undefined>(value: T): T {
      if (value === undefined) return value;
      const known = strings.get(value);
      if (known !== undefined) return known as T;
      if (strings.size >= capacity) strings = new Map();
      strings.set(value, value);
      return value;
    },
  };
}

/** The pools the cache shares values through, one per kind of value. */
export function createObjectSharing() {
  const pools = [
    'labels',
    'annotations',
    'parentRefs',
    'ports',
    'rules',
    'ruleLists',
    'matches',
    'backendRefs',
    'status',
    'parents',
    'parentLists',
    'conditions',
    'conditionLists',
  ] as const;
  return {
    strings: createStringPool(),
    ...(Object.fromEntries(
      pools.map(pool => [pool, createValuePool()]),
    ) as Record<(typeof pools)[number], ValuePool>),
  };
}

/** What {@link createObjectSharing} makes. */
export type ObjectSharing = ReturnType<typeof createObjectSharing>;
