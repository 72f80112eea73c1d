import {
  apiVersionOf,
  KindName,
  kindNames,
  resourceKinds,
  ResourceKind,
} from '../resourceKinds';
import type { KubeClient } from './kubeRequest';
import { statusOf } from './kubeApiError';

interface ApiResourceList {
  resources: Array<{ name: string; verbs: string[] }>;
}

interface ApiGroupList {
  groups: Array<{ name: string; versions: Array<{ version: string }> }>;
}

/** Whether and where a cluster serves a kind. */
export type KindDiscovery =
  | { served: true; version: string; apiVersion: string }
  | { served: false; message: string };

type GroupVersions = Map<string, ApiResourceList | undefined>;

function servedVersion(
  kind: ResourceKind,
  lists: GroupVersions,
): string | undefined {
  return kind.versions.find(version =>
    lists
      .get(version)
      ?.resources.some(
        resource =>
          resource.name === kind.plural &&
          resource.verbs.includes('list') &&
          resource.verbs.includes('watch'),
      ),
  );
}

function notServedMessage(
  cluster: string,
  kind: ResourceKind,
  lists: GroupVersions | undefined,
): string {
  const group = kind.group || 'core';
  if (!lists) {
    return `${kind.family} is not installed in cluster ${cluster}: API group ${group} is not served (${kind.kind} cannot be read)`;
  }
  const served = [...lists].filter(([, list]) => list).map(([v]) => v);
  if (!served.length) {
    return `cluster ${cluster} serves API group ${group} but at none of the versions Portway reads for ${
      kind.kind
    } (${kind.versions.join(', ')})`;
  }
  return `${kind.kind} is not installed in cluster ${cluster}: ${served
    .map(version => apiVersionOf(kind, version))
    .join(', ')} does not serve ${kind.plural} with the list and watch verbs`;
}

/**
 * Reads the API server's discovery: `/api`, `/api/v1`, `/apis`, then the group versions our
 * kinds may be served at, and tells for each kind the first of its versions served with the
 * list and watch verbs. A group version that answers 404 (a CRD removed meanwhile) is not
 * served; any other failure fails the whole discovery, so a kind is never declared missing
 * because of a passing error.
 */
export async function discoverKinds(
  client: KubeClient,
  signal: AbortSignal,
): Promise<Record<KindName, KindDiscovery>> {
  const get = <T>(path: string) =>
    client.getJson<T>(path, `discovering APIs (GET ${path})`, signal);
  const orNotFound = <T>(promise: Promise<T>) =>
    promise.catch(error => {
      if (statusOf(error) === 404) return undefined;
      throw error;
    });

  const [core, apis] = await Promise.all([
    get<{ versions: string[] }>('/api'),
    get<ApiGroupList>('/apis'),
  ]);
  const servedGroups = new Map<string, Set<string>>(
    apis.groups.map(group => [
      group.name,
      new Set(group.versions.map(({ version }) => version)),
    ]),
  );
  if (core.versions.includes('v1')) servedGroups.set('', new Set(['v1']));

  const byGroup = new Map<string, GroupVersions>();
  const wanted = new Map<string, Set<string>>();
  for (const name of kindNames) {
    const { group, versions } = resourceKinds[name];
    const served = servedGroups.get(group);
    if (!served) continue;
    const set = wanted.get(group) ?? new Set();
    versions.filter(version => served.has(version)).forEach(v => set.add(v));
    wanted.set(group, set);
  }
  await Promise.all(
    [...wanted].flatMap(([group, versions]) => {
      const lists: GroupVersions = new Map();
      byGroup.set(group, lists);
      return [...versions].map(async version => {
        const path = group ? `/apis/${group}/${version}` : `/api/${version}`;
        lists.set(version, await orNotFound(get<ApiResourceList>(path)));
      });
    }),
  );

  return Object.fromEntries(
    kindNames.map(name => {
      const kind = resourceKinds[name];
      const lists = byGroup.get(kind.group);
      const version = lists && servedVersion(kind, lists);
      const discovery: KindDiscovery = version
        ? { served: true, version, apiVersion: apiVersionOf(kind, version) }
        : {
            served: false,
            message: notServedMessage(client.cluster, kind, lists),
          };
      return [name, discovery];
    }),
  ) as Record<KindName, KindDiscovery>;
}
