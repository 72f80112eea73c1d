import { toError } from '@backstage/errors';
import type { ClusterLocator, LocatedCluster } from './types';

/**
 * A dynamic locator that asks `locate` each time, and when that fails answers what it found
 * last, plus one problem entry named `source` saying why it could not ask: a catalog that has
 * not started yet or a cloud API that is briefly down must not make every cluster disappear.
 */
export function lastGoodAnswer(options: {
  source: string;
  locate: () => Promise<LocatedCluster[]>;
  /** Says why asking failed and what to check. */
  describeFailure: (error: Error) => string;
}): ClusterLocator {
  const { source } = options;
  let last: LocatedCluster[] = [];
  return {
    source,
    dynamic: true,
    async locate() {
      try {
        last = await options.locate();
        return last;
      } catch (error) {
        const problem = `${source}: ${options.describeFailure(toError(error))}`;
        return [...last, { name: source, problem }];
      }
    },
  };
}
