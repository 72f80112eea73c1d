import { addNote, ConversionState, markHandled, SourceIngress } from '../ir';
import type { MigrationNote } from '../types';

/** The prefix of every ingress-nginx annotation. */
export const NGINX_PREFIX = 'nginx.ingress.kubernetes.io/';

/** The full key of an ingress-nginx annotation, from its name (`rewrite-target`). */
export function nginxKey(name: string): string {
  return `${NGINX_PREFIX}${name}`;
}

/** An ingress-nginx annotation of a source (by name), marked handled when it is present. */
export function readAnnotation(
  state: ConversionState,
  source: SourceIngress,
  name: string,
): string | undefined {
  const key = nginxKey(name);
  const value = source.annotations[key];
  if (value !== undefined) markHandled(state, source, key);
  return value;
}

/** Adds a note about an ingress-nginx annotation of a source, once (identical notes are kept once). */
export function noteAnnotation(
  state: ConversionState,
  source: SourceIngress,
  name: string,
  level: MigrationNote['level'],
  message: string,
): void {
  const key = nginxKey(name);
  markHandled(state, source, key);
  const seen = state.notes.some(
    n =>
      n.object === source.describe &&
      n.annotation === key &&
      n.message === message,
  );
  if (!seen)
    addNote(state, source, level, message, {
      field: `metadata.annotations["${key}"]`,
      annotation: key,
    });
}

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** A boolean annotation value as ingress-nginx parses it (Go's ParseBool); undefined when invalid. */
export function parseBool(value: string): boolean | undefined {
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return undefined;
}
