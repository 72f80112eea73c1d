import fs from 'fs';
import { parseAllDocuments } from 'yaml';
import {
  ManifestObject,
  ManifestParseError,
  parseManifests,
} from '@portway/plugin-routing-common';
import { UsageError } from './exitCodes';

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `${file}: cannot be read (${
        (error as NodeJS.ErrnoException).code ?? error
      })`,
    );
  }
}

/**
 * Reads every Kubernetes object from multi-document YAML files (and `kind: List` dumps).
 * Throws a UsageError naming the file and document index of the first unreadable document.
 */
export function readManifests(files: string[]): ManifestObject[] {
  return files.flatMap(file => {
    try {
      return parseManifests(readText(file), file);
    } catch (error) {
      if (error instanceof ManifestParseError)
        throw new UsageError(error.message);
      throw error;
    }
  });
}

/** Reads a JSON (or YAML) file into a value, naming the file when it cannot. */
export function readJsonOrYaml(file: string): unknown {
  const [document] = parseAllDocuments(readText(file));
  if (!document) throw new UsageError(`${file}: is empty`);
  if (document.errors.length > 0) {
    throw new UsageError(
      `${file}: is not valid JSON or YAML: ${document.errors[0].message}`,
    );
  }
  return document.toJS();
}
