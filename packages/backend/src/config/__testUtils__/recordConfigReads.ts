import type { Config } from '@backstage/config';

/**
 * A config that notes the key of every read, array indexes written `[]`
 * (`kubernetes.clusterLocatorMethods[].projectId`), so a test can look each one up in the schema.
 */
export function recordConfigReads(config: Config): {
  config: Config;
  /** The keys read so far, sorted. */
  reads(): string[];
} {
  const reads = new Set<string>();

  function wrap(inner: Config, prefix: string): Config {
    const at = (key?: string) => [prefix, key].filter(Boolean).join('.');
    function noting<T>(key: string | undefined, read: () => T): T {
      reads.add(at(key));
      return read();
    }
    const wrapAll = (key: string, items: Config[] | undefined) =>
      items?.map(item => wrap(item, `${at(key)}[]`));

    return {
      subscribe: inner.subscribe?.bind(inner),
      has: key => noting(key, () => inner.has(key)),
      keys: () => noting(undefined, () => inner.keys()),
      get: key => noting(key, () => inner.get(key)),
      getOptional: key => noting(key, () => inner.getOptional(key)),
      getConfig: key => noting(key, () => wrap(inner.getConfig(key), at(key))),
      getOptionalConfig: key =>
        noting(key, () => {
          const found = inner.getOptionalConfig(key);
          return found && wrap(found, at(key));
        }),
      getConfigArray: key =>
        noting(key, () => wrapAll(key, inner.getConfigArray(key))!),
      getOptionalConfigArray: key =>
        noting(key, () => wrapAll(key, inner.getOptionalConfigArray(key))),
      getNumber: key => noting(key, () => inner.getNumber(key)),
      getOptionalNumber: key => noting(key, () => inner.getOptionalNumber(key)),
      getBoolean: key => noting(key, () => inner.getBoolean(key)),
      getOptionalBoolean: key =>
        noting(key, () => inner.getOptionalBoolean(key)),
      getString: key => noting(key, () => inner.getString(key)),
      getOptionalString: key => noting(key, () => inner.getOptionalString(key)),
      getStringArray: key => noting(key, () => inner.getStringArray(key)),
      getOptionalStringArray: key =>
        noting(key, () => inner.getOptionalStringArray(key)),
    };
  }

  return {
    config: wrap(config, ''),
    reads: () => [...reads].filter(Boolean).sort(),
  };
}
