import {
  createObjectIndex,
  ExposureRequest,
  MalformedExposureRequestError,
  parseExposureRequest,
  PreflightContext,
  preflightExposure,
  RenderResult,
} from '@portway/plugin-routing-common';
import { exitCodes, UsageError } from '../exitCodes';
import { readJsonOrYaml, readManifests } from '../readManifests';
import type { CommandOutput } from './types';

function describe(result: RenderResult): string {
  const findings = result.findings.map(
    f => `${f.severity}: ${f.code}: ${f.message}`,
  );
  const files = result.files.map(f => `--- ${f.path}\n${f.content}`);
  return [...findings, ...files].join('\n');
}

function readRequest(file: string): ExposureRequest {
  try {
    return parseExposureRequest(readJsonOrYaml(file));
  } catch (error) {
    if (error instanceof MalformedExposureRequestError) {
      throw new UsageError(`${file}: ${error.message}`);
    }
    throw error;
  }
}

/**
 * The state files as the request's cluster: a dump of one cluster (`kubectl get -o yaml`),
 * read as up to date. Without state files no cluster is looked at.
 */
function preflightContext(
  request: ExposureRequest,
  stateFiles: string[],
): PreflightContext {
  if (stateFiles.length === 0) return {};
  const objects = readManifests(stateFiles).map(manifest => manifest.object);
  return {
    clusters: [
      {
        name: request.cluster,
        status: { name: request.cluster, state: 'ok' },
        objects: createObjectIndex(objects),
      },
    ],
  };
}

/**
 * `portway render REQUEST [--state FILE...]`: an exposure request in, the files it would add
 * out, with the same preflight the portal runs; with `--state`, checked against that cluster
 * dump (the Service and its port, the Gateway listener, hostname conflicts, the mesh, the
 * IngressClass).
 */
export function renderCommand(
  file: string,
  options: { json?: boolean; state?: string[] },
): CommandOutput {
  const request = readRequest(file);
  const result = preflightExposure(
    request,
    preflightContext(request, options.state ?? []),
  );
  return {
    text: options.json ? JSON.stringify(result, null, 2) : describe(result),
    exitCode: result.ok ? exitCodes.ok : exitCodes.findings,
  };
}
