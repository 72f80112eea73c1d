import { parseEntityRef } from '@backstage/catalog-model';
import type {
  ExistingFolder,
  Finding,
  KubernetesObject,
  VirtualServiceConversionPreview,
} from '@portway/plugin-routing-common';
import { REQUEST_BRANCH_PREFIX } from '@portway/plugin-routing-node';
import type { MeshConversion } from './convertEntityVirtualServices';
import { conversionFiles, type FolderRoutes } from './conversionFiles';
import { meshConversionReport } from './meshConversionReport';

const refOf = (object: KubernetesObject) =>
  `${object.metadata?.namespace ?? 'default'}/${object.metadata?.name ?? ''}`;

/**
 * `portway/convert-virtualservice/<entity>/<namespace>/<first>[-and-N-more]`: entity, namespace
 * and names are DNS names, so a valid ref; under the request prefix, so the Routing tab shows
 * the routes as pending while the change waits for review.
 */
function branchName(entityRef: string, sources: KubernetesObject[]): string {
  const entity = parseEntityRef(entityRef).name;
  const first = sources[0] ? refOf(sources[0]) : 'none';
  const more = sources.length > 1 ? `-and-${sources.length - 1}-more` : '';
  return `${REQUEST_BRANCH_PREFIX}convert-virtualservice/${entity}/${first}${more}`.toLocaleLowerCase(
    'en-US',
  );
}

/**
 * The preview of a conversion: the files (none while a finding is an error, the conversion's or
 * `extra`), the routes and notes, the pull request's branch, title and body (the report).
 */
export function conversionPreview(
  conversion: MeshConversion,
  folders: FolderRoutes[],
  existing: Record<string, ExistingFolder | undefined>,
  extra: Finding[],
): VirtualServiceConversionPreview {
  const sources = conversion.clusters.flatMap(c => c.virtualServices);
  const found = [...extra, ...conversion.findings];
  const blocked = found.some(f => f.severity === 'error');
  const written = blocked
    ? { files: [], findings: [] }
    : conversionFiles(folders, existing);
  const findings = [...found, ...written.findings];
  const title = `Convert VirtualService ${
    sources.map(refOf).join(', ') || 'none'
  } to Gateway API mesh routes (experimental)`;
  return {
    ok: !findings.some(f => f.severity === 'error'),
    findings,
    files: written.files,
    objects: conversion.clusters.flatMap(c => c.routes),
    notes: conversion.clusters.flatMap(c => c.notes),
    virtualServices: conversion.clusters.flatMap(
      ({ cluster, virtualServices }) =>
        virtualServices.map(vs => ({
          cluster,
          namespace: vs.metadata?.namespace ?? 'default',
          name: vs.metadata?.name ?? '',
          hosts: vs.spec?.hosts ?? [],
        })),
    ),
    report: meshConversionReport({ title, conversion, folders, findings }),
    branchName: branchName(conversion.entityRef, sources),
    title,
  };
}
