import {
  MalformedExposureRequestError,
  parseExposureRequest,
  renderExposure,
  RenderResult,
} from '@portway/plugin-routing-common';
import { exitCodes, UsageError } from '../exitCodes';
import { readJsonOrYaml } from '../readManifests';
import type { CommandOutput } from './types';

function describe(result: RenderResult): string {
  const findings = result.findings.map(
    f => `${f.severity}: ${f.code}: ${f.message}`,
  );
  const files = result.files.map(f => `--- ${f.path}\n${f.content}`);
  return [...findings, ...files].join('\n');
}

/** `portway render REQUEST.json`: an exposure request in, the files it would add out. */
export function renderCommand(
  file: string,
  options: { json?: boolean },
): CommandOutput {
  let result: RenderResult;
  try {
    result = renderExposure(parseExposureRequest(readJsonOrYaml(file)));
  } catch (error) {
    if (error instanceof MalformedExposureRequestError) {
      throw new UsageError(`${file}: ${error.message}`);
    }
    throw error;
  }
  return {
    text: options.json ? JSON.stringify(result, null, 2) : describe(result),
    exitCode: result.ok ? exitCodes.ok : exitCodes.findings,
  };
}
