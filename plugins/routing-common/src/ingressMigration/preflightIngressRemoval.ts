import type { KubernetesObject } from '../kubernetes/objects';
import { gitopsFolder } from '../manifests/gitopsPaths';
import {
  KUSTOMIZATION_FILE,
  removeFromKustomization,
} from '../manifests/kustomization';
import { clusterStateFindings } from '../preflight/checks/clusterState';
import { finding } from '../preflight/checks/types';
import type { PreflightContext } from '../preflight/types';
import type { Finding, ManifestFile } from '../types/findings';
import type {
  IngressMigrationStateOf,
  IngressRemovalPreview,
  IngressRemovalRequest,
} from '../types/ingressMigration';
import { ExposureFindingCodes } from '../validation/exposureCodes';
import {
  ingressRefs,
  ingressRemovalBranchName,
  ingressRemovalTitle,
} from './changeNames';
import { IngressMigrationFindingCodes as Codes } from './codes';
import {
  filesWithIngress,
  FolderManifests,
  isIngressNamed,
  readFolderManifests,
} from './removalManifests';
import { RemovedIngress, removalReport } from './removalReport';
import {
  missingIngressFindings,
  SourceIngressRef,
  sourceIngresses,
} from './sourceIngresses';

/**
 * What a removal preflight reads: a preflight's context, and each Ingress's migration state.
 *
 * @public
 */
export type IngressRemovalContext = PreflightContext & {
  migrationOf: IngressMigrationStateOf;
};

/** An Ingress of the request, found in the GitOps folder: its files, or why they cannot go. */
function manifestFindings(
  request: IngressRemovalRequest,
  source: SourceIngressRef,
  manifests: FolderManifests,
  folder: string,
): { files: string[]; findings: Finding[] } {
  const { namespace } = request;
  const files = filesWithIngress(manifests, namespace, source.name);
  if (files.length === 0) {
    const unreadable = manifests.unreadable.length
      ? ` (files that could not be read: ${manifests.unreadable.join(', ')})`
      : '';
    return {
      files,
      findings: [
        finding(
          'error',
          Codes.IngressNotInGitOps,
          source.field,
          `Ingress ${namespace}/${source.name} is not managed in ${folder}${unreadable}; remove it where it is managed`,
        ),
      ],
    };
  }
  const removed = (object: KubernetesObject) =>
    request.ingresses.some(name => isIngressNamed(object, namespace, name));
  const shared = files.filter(file =>
    manifests.objects.get(file)!.some(object => !removed(object)),
  );
  return {
    files,
    findings: shared.map(file =>
      finding(
        'error',
        Codes.ManifestFileShared,
        source.field,
        `${folder}/${file} holds other objects besides Ingress ${namespace}/${source.name}, which deleting the file would remove too: move the Ingress to a file of its own first`,
      ),
    ),
  };
}

/** kustomization.yaml without the deleted files, when the folder has one. */
function kustomizationFiles(
  folder: string,
  existing: string | undefined,
  deleted: string[],
): { files: ManifestFile[]; findings: Finding[] } {
  if (existing === undefined) return { files: [], findings: [] };
  try {
    const content = removeFromKustomization(existing, deleted);
    return {
      files: [{ path: `${folder}/${KUSTOMIZATION_FILE}`, content }],
      findings: [],
    };
  } catch (e) {
    return {
      files: [],
      findings: [
        finding(
          'error',
          ExposureFindingCodes.InvalidKustomization,
          undefined,
          `${folder}/${(e as Error).message}`,
        ),
      ],
    };
  }
}

/**
 * The preflight of removing Ingresses whose routes are live: the cluster is known and readable
 * (as for exposure) and has each Ingress (IngressNotFound; without clusters the Ingress is its
 * GitOps manifest), and each is safe to remove by its migration state (IngressNotMigrated, with
 * the state's message, unless `migrationOf` says `safeToRemove`); each has its manifest in the
 * entity's GitOps folder (IngressNotInGitOps), in a file of its own (ManifestFileShared). When
 * nothing is an error, `deletedFiles` are those files and `files` the folder's kustomization.yaml
 * without them.
 *
 * @public
 */
export function preflightIngressRemoval(
  request: IngressRemovalRequest,
  context: IngressRemovalContext,
): IngressRemovalPreview {
  const folder = gitopsFolder(request);
  const manifests = readFolderManifests(context.existingFolder ?? {});
  const findings: Finding[] = [];
  let sources = sourceIngresses(request, undefined);
  if (context.clusters) {
    const state = clusterStateFindings(
      request,
      { objectKind: 'Ingress' },
      context.clusters,
      context.now ?? Date.now(),
    );
    findings.push(...state.findings);
    if (!state.cluster || state.cluster.status.state === 'error') {
      sources = [];
    } else {
      sources = sourceIngresses(request, state.cluster);
      findings.push(...missingIngressFindings(sources, request, state.cluster));
    }
  }
  const removed: RemovedIngress[] = [];
  const deleted: string[] = [];
  for (const source of sources) {
    const fromFolder = manifestFindings(request, source, manifests, folder);
    findings.push(...fromFolder.findings);
    deleted.push(...fromFolder.files.filter(file => !deleted.includes(file)));
    const ingress =
      source.object ??
      (context.clusters
        ? undefined
        : fromFolder.files
            .flatMap(file => manifests.objects.get(file)!)
            .find(object =>
              isIngressNamed(object, request.namespace, source.name),
            ));
    if (!ingress) continue;
    const migration = context.migrationOf(ingress, request.cluster);
    removed.push({ ref: `${request.namespace}/${source.name}`, migration });
    if (!migration.safeToRemove) {
      findings.push(
        finding(
          'error',
          Codes.IngressNotMigrated,
          source.field,
          migration.message,
        ),
      );
    }
  }
  const kustomization = kustomizationFiles(
    folder,
    context.existingFolder?.[KUSTOMIZATION_FILE],
    deleted,
  );
  findings.push(...kustomization.findings);
  const ok = !findings.some(f => f.severity === 'error');
  const deletedFiles = ok ? deleted.map(file => `${folder}/${file}`) : [];
  const title = ingressRemovalTitle(ingressRefs(request));
  return {
    ok,
    findings,
    files: ok ? kustomization.files : [],
    deletedFiles,
    report: removalReport(title, removed, deletedFiles, ok),
    branchName: ingressRemovalBranchName(request),
    title,
  };
}
