import { stringify } from 'yaml';
import { exposureKind } from '../exposure/exposureKinds';
import { exposureRouteName } from '../exposure/exposureNames';
import { ExposureRequest } from '../types/exposure';
import { Finding, ManifestFile, RenderResult } from '../types/findings';
import { ExposureFindingCodes as Codes } from '../validation/exposureCodes';
import { validateExposureRequest } from '../validation/validateExposureRequest';
import { gitopsFolder } from './gitopsPaths';
import { KUSTOMIZATION_FILE, mergeKustomization } from './kustomization';

/**
 * What the GitOps repository already holds in the request's folder, by file name.
 *
 * @public
 */
export type ExistingFolder = Record<string, string>;

/**
 * The file name of the object a request creates, `<kind in lower case>-<name>.yaml`:
 * `httproute-storefront.yaml`, `grpcroute-`, `virtualservice-`, `ingress-`.
 *
 * @public
 */
export function exposureFileName(request: ExposureRequest): string {
  const { objectKind } = exposureKind(request.type);
  return `${objectKind.toLocaleLowerCase('en-US')}-${exposureRouteName(
    request,
  )}.yaml`;
}

function refused(findings: Finding[], finding: Finding): RenderResult {
  return { ok: false, findings: [...findings, finding], files: [] };
}

/**
 * Turns an exposure request into the files it adds to the GitOps repository: the object its
 * exposure type builds and the folder's kustomization.yaml with the object listed (merged, never
 * overwritten). Nothing is returned in `files` when any finding is an error.
 *
 * @public
 */
export function renderExposure(
  request: ExposureRequest,
  existing: ExistingFolder = {},
): RenderResult {
  const findings = validateExposureRequest(request);
  if (findings.some(f => f.severity === 'error')) {
    return { ok: false, findings, files: [] };
  }
  const folder = gitopsFolder(request);
  const fileName = exposureFileName(request);
  if (existing[fileName] !== undefined) {
    return refused(findings, {
      severity: 'error',
      code: Codes.AlreadyExists,
      field: 'name',
      message: `${folder}/${fileName} already exists in the GitOps repository: choose another name`,
    });
  }
  let kustomization: string;
  try {
    kustomization = mergeKustomization(existing[KUSTOMIZATION_FILE], [
      fileName,
    ]);
  } catch (e) {
    return refused(findings, {
      severity: 'error',
      code: Codes.InvalidKustomization,
      message: `${folder}/${(e as Error).message}`,
    });
  }
  const object = exposureKind(request.type).build(request);
  const files: ManifestFile[] = [
    {
      path: `${folder}/${fileName}`,
      content: stringify(object, { aliasDuplicateObjects: false }),
    },
    { path: `${folder}/${KUSTOMIZATION_FILE}`, content: kustomization },
  ];
  return { ok: true, findings, files };
}
