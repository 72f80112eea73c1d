import type { ActionContext } from '@backstage/plugin-scaffolder-node';

/**
 * A checkpoint store that survives between runs, as the task's state does on a retry:
 * `createMockActionContext` runs every checkpoint, a task's retry replays the saved ones.
 */
export function checkpointStore(): ActionContext<any>['checkpoint'] {
  const saved = new Map<string, unknown>();
  return async ({ key, fn }) => {
    if (!saved.has(key)) saved.set(key, await fn());
    return saved.get(key) as any;
  };
}
