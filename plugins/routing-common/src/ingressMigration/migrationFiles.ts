import { stringify } from 'yaml';
import type { KubernetesObject } from '../kubernetes/objects';
import {
  KUSTOMIZATION_FILE,
  mergeKustomization,
} from '../manifests/kustomization';
import type { ExistingFolder } from '../manifests/renderExposure';
import { finding } from '../preflight/checks/types';
import type { Finding, ManifestFile } from '../types/findings';
import { ExposureFindingCodes as Codes } from '../validation/exposureCodes';

/**
 * The file of a generated object in the GitOps folder: `<kind in lower case>-<name>.yaml`.
 *
 * @public
 */
export function migrationFileName(object: KubernetesObject): string {
  return `${(object.kind ?? '').toLocaleLowerCase('en-US')}-${
    object.metadata?.name ?? ''
  }.yaml`;
}

/**
 * The files a migration or conversion adds to the entity's GitOps folder: each generated object
 * in its own file, and kustomization.yaml listing them (merged, never overwritten).
 * AlreadyExists for an object whose file the folder has already (`before` says why it may:
 * "the Ingress was migrated before"), and InvalidKustomization when the folder's
 * kustomization.yaml cannot be merged; no files then.
 *
 * @public
 */
export function migrationFiles(
  objects: KubernetesObject[],
  folder: string,
  existing: ExistingFolder = {},
  before = 'the Ingress was migrated before',
): { files: ManifestFile[]; findings: Finding[] } {
  const names = objects.map(migrationFileName);
  const findings = names
    .filter(name => existing[name] !== undefined)
    .map(name =>
      finding(
        'error',
        Codes.AlreadyExists,
        undefined,
        `${folder}/${name} already exists in the GitOps repository: ${before}, or another change uses the name; remove or rename that file first`,
      ),
    );
  let kustomization = '';
  try {
    kustomization = mergeKustomization(existing[KUSTOMIZATION_FILE], names);
  } catch (e) {
    findings.push(
      finding(
        'error',
        Codes.InvalidKustomization,
        undefined,
        `${folder}/${(e as Error).message}`,
      ),
    );
  }
  if (findings.length > 0) return { files: [], findings };
  const files = objects.map((object, index) => ({
    path: `${folder}/${names[index]}`,
    content: stringify(object, { aliasDuplicateObjects: false }),
  }));
  files.push({
    path: `${folder}/${KUSTOMIZATION_FILE}`,
    content: kustomization,
  });
  return { files, findings };
}
