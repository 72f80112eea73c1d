import { isMap, isSeq, parseDocument, stringify } from 'yaml';

/** The file name kustomize and Flux look for in a folder. */
export const KUSTOMIZATION_FILE = 'kustomization.yaml';

/**
 * Adds resources to a kustomization.yaml, keeping everything already in it (other resources,
 * patches, comments, order). Creates a new Kustomization when there is none.
 *
 * @param existing - the current file content, or undefined when the folder has none
 * @param resources - file names (relative to the folder) that must be listed
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
  const document = parseDocument(existing);
  if (document.errors.length > 0) {
    throw new Error(
      `${KUSTOMIZATION_FILE} is not valid YAML: ${document.errors[0].message}`,
    );
  }
  if (!isMap(document.contents)) {
    throw new Error(`${KUSTOMIZATION_FILE} must be a YAML mapping`);
  }
  const current = document.get('resources');
  if (current !== undefined && !isSeq(current)) {
    throw new Error(`${KUSTOMIZATION_FILE}: resources must be a list`);
  }
  const listed = new Set(
    current
      ? current.items.map(item => String((item as any).value ?? item))
      : [],
  );
  const missing = resources.filter(resource => !listed.has(resource));
  if (!current) {
    document.set('resources', document.createNode([...new Set(missing)]));
  } else {
    for (const resource of new Set(missing))
      current.add(document.createNode(resource));
  }
  return document.toString();
}
