import {
  ManifestParseError,
  parseManifests,
} from '../kubernetes/parseManifests';
import type { KubernetesObject } from '../kubernetes/objects';
import type { ExistingFolder } from '../manifests/renderExposure';

/** The manifest files of a GitOps folder, read: their objects, or that they could not be read. */
export interface FolderManifests {
  /** File name -> the Kubernetes objects it holds. */
  objects: Map<string, KubernetesObject[]>;
  /** Files that are not valid YAML or hold something that is not a Kubernetes object. */
  unreadable: string[];
}

/** Reads every `.yaml` and `.yml` file of a folder (kustomization.yaml holds no object and is skipped). */
export function readFolderManifests(folder: ExistingFolder): FolderManifests {
  const manifests: FolderManifests = { objects: new Map(), unreadable: [] };
  for (const [file, content] of Object.entries(folder).sort()) {
    if (!/\.ya?ml$/.test(file) || /^kustomization\.ya?ml$/.test(file)) continue;
    try {
      manifests.objects.set(
        file,
        parseManifests(content, file).map(manifest => manifest.object),
      );
    } catch (error) {
      if (!(error instanceof ManifestParseError)) throw error;
      manifests.unreadable.push(file);
    }
  }
  return manifests;
}

/**
 * Whether an object is the Ingress `namespace/name`. A manifest without a namespace counts as
 * the folder's, which is the request's (`clusters/<cluster>/<namespace>/<entity>`).
 */
export function isIngressNamed(
  object: KubernetesObject,
  namespace: string,
  name: string,
): boolean {
  return (
    object.kind === 'Ingress' &&
    (object.apiVersion ?? '').startsWith('networking.k8s.io/') &&
    (object.metadata?.namespace ?? namespace) === namespace &&
    object.metadata?.name === name
  );
}

/** The files of a folder that hold the Ingress `namespace/name`. */
export function filesWithIngress(
  manifests: FolderManifests,
  namespace: string,
  name: string,
): string[] {
  return [...manifests.objects]
    .filter(([, objects]) =>
      objects.some(object => isIngressNamed(object, namespace, name)),
    )
    .map(([file]) => file);
}
