import fs from 'fs';
import { parseAllDocuments } from 'yaml';
import type { KubernetesObject } from '@portway/plugin-routing-common';
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

function objectsOf(value: unknown, where: string): KubernetesObject[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `${where}: is not a Kubernetes object (a YAML mapping with kind)`,
    );
  }
  const object = value as KubernetesObject & { items?: unknown[] };
  if (object.kind === 'List' && Array.isArray(object.items)) {
    return object.items.flatMap((item, index) =>
      objectsOf(item, `${where}, item ${index + 1}`),
    );
  }
  if (!object.kind || !object.apiVersion) {
    throw new UsageError(`${where}: has no kind or apiVersion`);
  }
  if (!object.metadata?.name) {
    throw new UsageError(`${where}: ${object.kind} has no metadata.name`);
  }
  return [object];
}

/** An object read from a file, with where it came from (`file: document N`). */
export interface ManifestObject {
  object: KubernetesObject;
  source: string;
}

/**
 * Reads every Kubernetes object from multi-document YAML files (and `kind: List` dumps).
 * Throws a UsageError naming the file and document index of the first unreadable document.
 */
export function readManifests(files: string[]): ManifestObject[] {
  return files.flatMap(file =>
    parseAllDocuments(readText(file)).flatMap((document, index) => {
      const source = `${file}: document ${index + 1}`;
      if (document.errors.length > 0) {
        throw new UsageError(
          `${source}: is not valid YAML: ${document.errors[0].message}`,
        );
      }
      return objectsOf(document.toJS(), source).map(object => ({
        object,
        source,
      }));
    }),
  );
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
