import type { KubernetesObject } from '../kubernetes/objects';
import type { MigrationNote } from '../migrate/types';
import type { RenderResult } from './findings';
import type { IngressDetails } from './routes';

/**
 * A request to move some of an entity's Ingresses to the Gateway API: the routes the converter
 * makes of them, attached to a shared Gateway listener, go to the entity's GitOps folder as a
 * pull request. The Ingresses stay until their routes are live.
 *
 * @public
 */
export interface IngressMigrationRequest {
  /** The catalog entity the Ingresses belong to, as an entity ref. */
  entityRef: string;
  /** The cluster the Ingresses run in. */
  cluster: string;
  /** The namespace of the Ingresses, and of the routes made from them. */
  namespace: string;
  /** Names of Ingresses in `namespace`: at least one. */
  ingresses: string[];
  /** The shared Gateway, and the listener the routes attach to. */
  gateway: { namespace: string; name: string; sectionName?: string };
}

/**
 * What a migration would add, checked against the live cluster: `POST /ingress-migrations/preflight`.
 *
 * @public
 */
export interface IngressMigrationPreview extends RenderResult {
  /** The Gateway API objects the converter made (also in `files` when `ok`). */
  objects: KubernetesObject[];
  /** Everything of the Ingresses not carried over, or carried over differently. */
  notes: MigrationNote[];
  /** The report in Markdown: the pull request body, and `portway migrate --report`. */
  report: string;
  /** The branch and title of the change. */
  branchName: string;
  /** The title of the change (the pull request's title). */
  title: string;
}

/**
 * A request to remove Ingresses whose routes are live: `POST /ingress-removals/preflight`.
 *
 * @public
 */
export interface IngressRemovalRequest {
  /** The catalog entity the Ingresses belong to, as an entity ref. */
  entityRef: string;
  /** The cluster the Ingresses run in. */
  cluster: string;
  /** The namespace of the Ingresses to remove. */
  namespace: string;
  /** Names of Ingresses in `namespace`: at least one. */
  ingresses: string[];
}

/**
 * What removing the Ingresses changes in the GitOps folder, checked against the live cluster.
 *
 * @public
 */
export interface IngressRemovalPreview extends RenderResult {
  /** Repository paths of the Ingress manifests the change deletes. */
  deletedFiles: string[];
  /** The pull request body in Markdown: each Ingress and the routes that now serve it. */
  report: string;
  /** The branch the change is written to. */
  branchName: string;
  /** The title of the change (the pull request's title). */
  title: string;
}

/**
 * What a removal preflight needs beyond a preflight's context: each Ingress's migration state
 * as the Routing tab shows it (views/ingressMigration), which the backend reads from its
 * caches with pending routes included.
 *
 * @public
 */
export type IngressMigrationStateOf = (
  ingress: KubernetesObject,
  cluster: string,
) => IngressDetails['migration'];
