import type { KubeApi } from './kubeApi';
import { httpRoutePath } from './loadData';
import { entityName, entityNamespace, httpRoute } from './benchData';
import { median } from './percentiles';
import type { BenchContext } from './steadyState';

/** How long route changes took to show in the backend's answer. */
export interface ChangeResult {
  /** Median over the changes that showed, in ms. */
  medianMs: number;
  /** Each change's time to show; null when it did not show within the query timeout. */
  changesMs: Array<number | null>;
}

const POLL_EVERY_MS = 10;
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Adds a hostname to a route on the API server directly, then asks the backend for the
 * entity's routes every 10 ms until the hostname shows; `changes` times, one after another.
 */
export async function measureChangeToAnswer(
  context: BenchContext,
  api: KubeApi,
  changes: number,
  label: string,
): Promise<ChangeResult> {
  const changesMs: Array<number | null> = [];
  const phaseStart = Date.now();
  for (let change = 0; change < changes; change += 1) {
    if (Date.now() - phaseStart > context.maxPhaseMs) break;
    const index = Math.floor(context.random() * context.entities.length);
    const entity = context.entities[index];
    const route = httpRoute(index, 0);
    const hostname = `${label}-${change}-${Date.now()}.changed.bench.example`;
    const start = performance.now();
    await api.expect(
      'PATCH',
      httpRoutePath(entityNamespace(index), route.metadata.name),
      { spec: { hostnames: [...route.spec.hostnames, hostname] } },
      { contentType: 'application/merge-patch+json' },
    );
    let shownMs: number | null = null;
    while (performance.now() - start < context.timeoutMs) {
      const result = await context.query(entity, context.timeoutMs);
      if (result.hostnames.includes(hostname)) {
        shownMs = performance.now() - start;
        break;
      }
      await sleep(POLL_EVERY_MS);
    }
    changesMs.push(shownMs === null ? null : Math.round(shownMs * 10) / 10);
    context.progress(
      `  change ${change + 1} (${entityName(index)}): ${
        shownMs === null ? 'not shown' : `${Math.round(shownMs)} ms`
      }`,
    );
  }
  return {
    medianMs: median(changesMs.filter((ms): ms is number => ms !== null)),
    changesMs,
  };
}
