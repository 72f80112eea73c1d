import {
  createObjectIndex,
  ExposurePolicy,
  ExposureRequest,
  MalformedExposurePolicyError,
  MalformedExposureRequestError,
  normalizeOwnerRef,
  parseExposurePolicy,
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

/** The policy file: the object of `routing.exposure.policy`, as YAML or JSON. */
function readPolicy(file: string): ExposurePolicy {
  try {
    return parseExposurePolicy(readJsonOrYaml(file));
  } catch (error) {
    if (error instanceof MalformedExposurePolicyError) {
      throw new UsageError(`${file}: ${error.message}`);
    }
    throw error;
  }
}

function readOwners(refs: string[]): string[] | undefined {
  if (refs.length === 0) return undefined;
  return refs.map(ref => {
    try {
      return normalizeOwnerRef(ref);
    } catch (error) {
      throw new UsageError(`--owner: ${(error as Error).message}`);
    }
  });
}

/** What `portway render` checks the request against, from its options. */
export interface RenderOptions {
  json?: boolean;
  /** Cluster dumps: the request's cluster. */
  state?: string[];
  /** A file with the exposure policy (`routing.exposure.policy`'s value). */
  policy?: string;
  /** The entity's owners, for the policy's owner rules. */
  owner?: string[];
}

/**
 * The state files as the request's cluster: a dump of one cluster (`kubectl get -o yaml`),
 * read as up to date; without state files no cluster is looked at. The policy file and the
 * owners, when given.
 */
function preflightContext(
  request: ExposureRequest,
  options: RenderOptions,
): PreflightContext {
  const context: PreflightContext = {
    policy: options.policy ? readPolicy(options.policy) : undefined,
    owners: readOwners(options.owner ?? []),
  };
  const stateFiles = options.state ?? [];
  if (stateFiles.length === 0) return context;
  const objects = readManifests(stateFiles).map(manifest => manifest.object);
  return {
    ...context,
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
 * `portway render REQUEST [--state FILE...] [--policy FILE] [--owner REF...]`: an exposure
 * request in, the files it would add out, with the same preflight the portal runs; with
 * `--state`, checked against that cluster dump (the Service and its port, the Gateway listener,
 * hostname conflicts, the mesh, the IngressClass); with `--policy`, against the exposure
 * policy's hostname rules, the owner rules for the `--owner` groups.
 */
export function renderCommand(
  file: string,
  options: RenderOptions,
): CommandOutput {
  const request = readRequest(file);
  const result = preflightExposure(request, preflightContext(request, options));
  return {
    text: options.json ? JSON.stringify(result, null, 2) : describe(result),
    exitCode: result.ok ? exitCodes.ok : exitCodes.findings,
  };
}
