import type {
  BackendView,
  ParentView,
  RouteView,
} from '@portway/plugin-routing-common';

/** `namespace/name` of a parent, with its kind when it is not a Gateway. */
export function parentLabel(parent: ParentView, route: RouteView): string {
  const { kind, namespace = route.namespace, name } = parent.ref;
  const label = `${namespace}/${name}`;
  return kind && kind !== 'Gateway' ? `${kind} ${label}` : label;
}

/**
 * The listeners a route attaches to: `name (PROTOCOL:port)` for each known
 * listener, else the `sectionName` and `port` the route asked for.
 */
export function listenerLabels(parent: ParentView): string[] {
  if (parent.listeners && parent.listeners.length > 0) {
    return parent.listeners.map(
      listener => `${listener.name} (${listener.protocol}:${listener.port})`,
    );
  }
  const { sectionName, port } = parent.ref;
  const labels: string[] = [];
  if (sectionName) {
    labels.push(sectionName);
  }
  if (port !== undefined) {
    labels.push(`port ${port}`);
  }
  return labels.length > 0 ? [labels.join(', ')] : [];
}

/** `namespace/name:port`, with the kind when it is not a Service, and the weight. */
export function backendLabel(backend: BackendView): string {
  const kind =
    backend.kind && backend.kind !== 'Service' ? `${backend.kind} ` : '';
  const port = backend.port !== undefined ? `:${backend.port}` : '';
  const weight =
    backend.weight !== undefined ? ` (weight ${backend.weight})` : '';
  return `${kind}${backend.namespace}/${backend.name}${port}${weight}`;
}

/** Why the entity sees the route, in words. */
export function matchedByLabel(route: RouteView): string {
  switch (route.matchedBy) {
    case 'label':
      return 'labelled for this entity';
    case 'backend':
      return "points at this entity's Service";
    case 'request':
      return `requested, waiting for review on branch ${
        route.pendingChange?.branchName ?? '(unknown)'
      }`;
    default:
      return '';
  }
}
