import type { KindName } from '../../resourceKinds';
import { kindNames, resourceKinds } from '../../resourceKinds';

/**
 * The discovery documents of the fake API server (`/api/v1`, `/apis`, `/apis/{group}/{version}`)
 * and which kind a resource path names, for the version each kind is served at and the groups
 * currently missing (a set the server changes to install or uninstall a group).
 */
export function fakeDiscovery(
  versionOf: (kind: KindName) => string,
  missingGroups: ReadonlySet<string>,
) {
  const kindsIn = (group: string, version: string) =>
    kindNames.filter(
      kind =>
        resourceKinds[kind].group === group &&
        versionOf(kind) === version &&
        !missingGroups.has(group),
    );

  function resourceList(group: string, version: string) {
    return {
      kind: 'APIResourceList',
      groupVersion: group ? `${group}/${version}` : version,
      resources: kindsIn(group, version).map(kind => ({
        name: resourceKinds[kind].plural,
        kind: resourceKinds[kind].kind,
        namespaced: resourceKinds[kind].namespaced,
        verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'],
      })),
    };
  }

  function groupList() {
    const groups = new Map<string, Set<string>>();
    for (const kind of kindNames) {
      const { group } = resourceKinds[kind];
      if (!group || missingGroups.has(group)) continue;
      groups.set(group, (groups.get(group) ?? new Set()).add(versionOf(kind)));
    }
    return {
      kind: 'APIGroupList',
      groups: [...groups].map(([name, versions]) => ({
        name,
        versions: [...versions].map(version => ({
          groupVersion: `${name}/${version}`,
          version,
        })),
      })),
    };
  }

  function kindAt(path: string): KindName | undefined {
    const core = path.match(/^\/api\/([^/]+)\/([^/]+)$/);
    const named = path.match(/^\/apis\/([^/]+)\/([^/]+)\/([^/]+)$/);
    const [group, version, plural] = core
      ? ['', core[1], core[2]]
      : [named?.[1], named?.[2], named?.[3]];
    return kindsIn(group ?? '', version ?? '').find(
      kind => resourceKinds[kind].plural === plural,
    );
  }

  return { kindsIn, resourceList, groupList, kindAt };
}
