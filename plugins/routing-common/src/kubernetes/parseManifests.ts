import { parseAllDocuments } from 'yaml';
import type { KubernetesObject } from './objects';

/**
 * An object read from YAML, with where it came from (`file: document N`).
 *
 * @public
 */
export interface ManifestObject {
  /** The parsed object. */
  object: KubernetesObject;
  /** Where the object came from: the source given and the document, e.g. `routes.yaml: document 2`. */
  source: string;
}

/**
 * A document that is not valid YAML or not a Kubernetes object; the message says where.
 *
 * @public
 */
export class ManifestParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ManifestParseError';
  }
}

function isList(object: KubernetesObject & { items?: unknown }): boolean {
  return (
    Array.isArray(object.items) && (object.kind?.endsWith('List') ?? false)
  );
}

function objectsOf(value: unknown, where: string): KubernetesObject[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ManifestParseError(
      `${where}: is not a Kubernetes object (a YAML mapping with kind)`,
    );
  }
  const object = value as KubernetesObject & { items?: unknown[] };
  if (isList(object)) {
    return object.items!.flatMap((item, index) =>
      objectsOf(item, `${where}, item ${index + 1}`),
    );
  }
  if (!object.kind || !object.apiVersion) {
    throw new ManifestParseError(`${where}: has no kind or apiVersion`);
  }
  if (!object.metadata?.name) {
    throw new ManifestParseError(
      `${where}: ${object.kind} has no metadata.name`,
    );
  }
  return [object];
}

/**
 * Reads the Kubernetes objects of a multi-document YAML text, unpacking `kind: List` (and
 * `ServiceList`-style) dumps as `kubectl get -o yaml` writes them. Empty documents are skipped;
 * anything else that is not an object with kind, apiVersion and name throws a
 * ManifestParseError naming `source` and the document.
 *
 * @public
 */
export function parseManifests(text: string, source: string): ManifestObject[] {
  return parseAllDocuments(text).flatMap((document, index) => {
    const where = `${source}: document ${index + 1}`;
    if (document.errors.length > 0) {
      throw new ManifestParseError(
        `${where}: is not valid YAML: ${document.errors[0].message}`,
      );
    }
    return objectsOf(document.toJS(), where).map(object => ({
      object,
      source: where,
    }));
  });
}
