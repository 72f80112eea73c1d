import type { BenchContext } from './steadyState';

/** How long a fresh Portway backend took until every cluster answered `ok`. */
export interface ColdSyncResult {
  /** From the child's backend start to the first answer with every cluster `ok`; null if never. */
  ms: number | null;
  /** Answers polled until then. */
  polls: number;
}

// Each poll is an entity query the backend answers while it syncs: polling more often
// measures the polling more than the sync.
const POLL_EVERY_MS = 50;
const GIVE_UP_MS = 120_000;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Polls an entity's routes every 50 ms until every cluster's state is `ok`. */
export async function measureColdSync(
  context: BenchContext,
): Promise<ColdSyncResult> {
  const names = context.proxies.map(proxy => proxy.name);
  const entity = context.entities[0];
  let polls = 0;
  while (Date.now() - context.backend.startedAt < GIVE_UP_MS) {
    const result = await context.query(entity, context.timeoutMs);
    polls += 1;
    const allOk =
      result.status === 200 &&
      names.every(name => result.clusters.includes(name)) &&
      Object.keys(result.clusterProblems).length === 0;
    if (allOk) {
      return { ms: Date.now() - context.backend.startedAt, polls };
    }
    await sleep(POLL_EVERY_MS);
  }
  return { ms: null, polls };
}
