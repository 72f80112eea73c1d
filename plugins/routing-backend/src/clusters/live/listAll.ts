import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { KubeClient } from './kubeRequest';
import { withQuery } from './kubeRequest';
import { statusOf } from './kubeApiError';

interface ListPage {
  metadata?: { resourceVersion?: string; continue?: string };
  items?: KubernetesObject[];
}

/** A complete list and the resourceVersion to watch from. */
export interface CompleteList {
  items: KubernetesObject[];
  resourceVersion: string;
}

/** How many times an expired continue token restarts a list before the list fails. */
const MAX_RESTARTS = 3;

/**
 * Lists every object of a collection, `pageSize` at a time. A continue token that expires
 * while paging (410) restarts the list from the first page: pages from two snapshots must not
 * be mixed.
 */
export async function listAll(options: {
  client: KubeClient;
  path: string;
  what: string;
  pageSize: number;
  signal: AbortSignal;
  onRestart: (error: unknown) => void;
  /** The Accept header, when not plain JSON (a metadata-only list). */
  accept?: string;
}): Promise<CompleteList> {
  const { client, path, what, pageSize, signal, accept } = options;
  for (let restarts = 0; ; restarts++) {
    const items: KubernetesObject[] = [];
    let page: ListPage;
    let token: string | undefined;
    try {
      do {
        page = await client.getJson<ListPage>(
          withQuery(path, { limit: pageSize, continue: token }),
          what,
          signal,
          accept,
        );
        for (const item of page.items ?? []) items.push(item);
        token = page.metadata?.continue || undefined;
      } while (token);
      return { items, resourceVersion: page.metadata?.resourceVersion ?? '' };
    } catch (error) {
      const expired = token !== undefined && statusOf(error) === 410;
      if (!expired || restarts >= MAX_RESTARTS) throw error;
      options.onRestart(error);
    }
  }
}
