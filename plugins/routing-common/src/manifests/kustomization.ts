import { InputError } from '@backstage/errors';
import {
  Document,
  isMap,
  isSeq,
  parseDocument,
  stringify,
  YAMLSeq,
} from 'yaml';

/**
 * The file name kustomize and Flux look for in a folder.
 *
 * @public
 */
export const KUSTOMIZATION_FILE = 'kustomization.yaml';

function resourceName(item: unknown): string {
  return String((item as any).value ?? item);
}

const FIX_IT = 'fix the file in the GitOps repository, then try again';

/** Parses a kustomization.yaml; an InputError when it is not YAML, not a mapping, or its resources no list. */
function readKustomization(existing: string): {
  document: Document;
  current: YAMLSeq | undefined;
} {
  const document = parseDocument(existing);
  if (document.errors.length > 0) {
    throw new InputError(
      `${KUSTOMIZATION_FILE} is not valid YAML (${document.errors[0].message}): ${FIX_IT}`,
    );
  }
  if (!isMap(document.contents)) {
    throw new InputError(
      `${KUSTOMIZATION_FILE} must be a YAML mapping: ${FIX_IT}`,
    );
  }
  const current = document.get('resources');
  if (current !== undefined && !isSeq(current)) {
    throw new InputError(
      `${KUSTOMIZATION_FILE}: resources must be a list: ${FIX_IT}`,
    );
  }
  return { document, current };
}

/**
 * Adds resources to a kustomization.yaml, keeping everything already in it (other resources,
 * patches, comments, order). Creates a new Kustomization when there is none.
 *
 * @param existing - the current file content, or undefined when the folder has none
 * @param resources - file names (relative to the folder) that must be listed
 *
 * @public
 */
export function mergeKustomization(
  existing: string | undefined,
  resources: string[],
): string {
  if (existing === undefined || existing.trim() === '') {
    return stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: [...new Set(resources)],
    });
  }
  const { document, current } = readKustomization(existing);
  const listed = new Set(current ? current.items.map(resourceName) : []);
  const missing = resources.filter(resource => !listed.has(resource));
  if (!current) {
    document.set('resources', document.createNode([...new Set(missing)]));
  } else {
    for (const resource of new Set(missing))
      current.add(document.createNode(resource));
  }
  return document.toString();
}

/**
 * Removes resources from a kustomization.yaml, keeping everything else in it (other resources,
 * patches, comments, order). Resources it does not list are ignored; the same errors as
 * {@link mergeKustomization} when it cannot be read.
 *
 * @param existing - the current file content
 * @param resources - file names (relative to the folder) that must no longer be listed
 *
 * @public
 */
export function removeFromKustomization(
  existing: string,
  resources: string[],
): string {
  const { document, current } = readKustomization(existing);
  if (!current) return existing;
  const removed = new Set(resources);
  current.items = current.items.filter(
    item => !removed.has(resourceName(item)),
  );
  return document.toString();
}
