import { toError } from '@backstage/errors';
import type { ClusterLocator, LocatedCluster } from './locate/types';
import type { ClusterToServe } from './servedClusters';

async function ask(locator: ClusterLocator): Promise<LocatedCluster[]> {
  try {
    return await locator.locate();
  } catch (error) {
    // locate() must not throw; a supplier an organisation wrote still might.
    return [
      {
        name: locator.source,
        problem: `${locator.source}: ${toError(error).message}`,
      },
    ];
  }
}

function toServe(located: LocatedCluster, source: string): ClusterToServe {
  return located.problem !== undefined
    ? { name: located.name, source, problem: located.problem }
    : { name: located.name, source, details: located.details };
}

/**
 * Asks the locators for their clusters, in locator order: a static one (config) once, its
 * answer kept, a dynamic one (catalog, gke, suppliers) at every call.
 */
export function createClusterLocating(locators: ClusterLocator[]) {
  const staticAnswers = new Map<ClusterLocator, LocatedCluster[]>();

  async function answerOf(locator: ClusterLocator) {
    const kept = staticAnswers.get(locator);
    if (kept) return kept;
    const answer = await ask(locator);
    if (!locator.dynamic) staticAnswers.set(locator, answer);
    return answer;
  }

  return {
    /** Whether asking again can give another answer. */
    dynamic: locators.some(locator => locator.dynamic),
    async locate(): Promise<ClusterToServe[]> {
      const answers = await Promise.all(locators.map(answerOf));
      return answers.flatMap((answer, index) =>
        answer.map(located => toServe(located, locators[index].source)),
      );
    },
  };
}
