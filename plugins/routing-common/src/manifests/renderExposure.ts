import { stringify } from 'yaml';
import { ExposureRequest } from '../types/exposure';
import { Finding, ManifestFile, RenderResult } from '../types/findings';
import { validateExposureRequest } from '../validation/validateExposureRequest';
import { buildHttpRoute, exposureRouteName } from './buildHttpRoute';
import { gitopsFolder } from './gitopsPaths';
import { KUSTOMIZATION_FILE, mergeKustomization } from './kustomization';

/** What the GitOps repository already holds in the request's folder, by file name. */
export type ExistingFolder = Record<string, string>;

function manifestFor(
  request: ExposureRequest,
): { fileName: string; object: object } | Finding {
  switch (request.type) {
    case 'http':
      return {
        fileName: `httproute-${exposureRouteName(request)}.yaml`,
        object: buildHttpRoute(request),
      };
    default:
      return {
        severity: 'error',
        code: 'UnsupportedValue',
        field: 'type',
        message: `type "${request.type}" cannot be rendered yet: only "http" (HTTPRoute) is supported`,
      };
  }
}

/**
 * Turns an exposure request into the files it adds to the GitOps repository: the manifest and
 * the folder's kustomization.yaml with the manifest listed (merged, never overwritten).
 * Nothing is returned in `files` when any finding is an error.
 */
export function renderExposure(
  request: ExposureRequest,
  existing: ExistingFolder = {},
): RenderResult {
  const findings = validateExposureRequest(request);
  if (findings.some(f => f.severity === 'error')) {
    return { ok: false, findings, files: [] };
  }
  const manifest = manifestFor(request);
  if ('severity' in manifest) {
    return { ok: false, findings: [...findings, manifest], files: [] };
  }
  const folder = gitopsFolder(request);
  if (existing[manifest.fileName] !== undefined) {
    const conflict: Finding = {
      severity: 'error',
      code: 'AlreadyExists',
      field: 'name',
      message: `${folder}/${manifest.fileName} already exists in the GitOps repository: choose another name`,
    };
    return { ok: false, findings: [...findings, conflict], files: [] };
  }
  let kustomization: string;
  try {
    kustomization = mergeKustomization(existing[KUSTOMIZATION_FILE], [
      manifest.fileName,
    ]);
  } catch (e) {
    const broken: Finding = {
      severity: 'error',
      code: 'InvalidKustomization',
      message: `${folder}/${(e as Error).message}`,
    };
    return { ok: false, findings: [...findings, broken], files: [] };
  }
  const files: ManifestFile[] = [
    {
      path: `${folder}/${manifest.fileName}`,
      content: stringify(manifest.object),
    },
    { path: `${folder}/${KUSTOMIZATION_FILE}`, content: kustomization },
  ];
  return { ok: true, findings, files };
}
