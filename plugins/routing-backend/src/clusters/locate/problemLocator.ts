import type { ClusterLocator } from './types';

/** A locator that cannot work (a bad configuration entry): its answer is one problem entry named `source`. */
export function problemLocator(
  source: string,
  problem: string,
): ClusterLocator {
  return {
    source,
    dynamic: false,
    async locate() {
      return [{ name: source, problem: `${source}: ${problem}` }];
    },
  };
}
