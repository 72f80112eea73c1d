/** Values kept for keys that were asked for recently. */
export interface RecentlyAsked<T> {
  /** Keeps `value` for `key`, asked for now; beyond the bound the least recently asked key goes. */
  asked(key: string, value: (kept: T | undefined) => T): void;
  /** Every kept key and value asked for within the time to live; the others are forgotten. */
  current(): Array<[string, T]>;
}

/**
 * Remembers keys asked for within `ttlMs`, at most `max` of them (the most recently asked).
 * A `Map` keeps insertion order, so re-inserting a key on each ask keeps the oldest first.
 */
export function createRecentlyAsked<T>(options: {
  ttlMs: number;
  max: number;
  now: () => number;
}): RecentlyAsked<T> {
  const { ttlMs, max, now } = options;
  const entries = new Map<string, { value: T; askedAt: number }>();

  return {
    asked(key, value) {
      const kept = entries.get(key);
      entries.delete(key);
      entries.set(key, { value: value(kept?.value), askedAt: now() });
      for (const oldest of entries.keys()) {
        if (entries.size <= max) break;
        entries.delete(oldest);
      }
    },
    current() {
      const since = now() - ttlMs;
      for (const [key, entry] of entries) {
        if (entry.askedAt >= since) break;
        entries.delete(key);
      }
      return [...entries].map(([key, entry]) => [key, entry.value]);
    },
  };
}
