import type { NoteSink } from './types';

/** An Istio StringMatch: one of exact, prefix, regex (empty: the value is present). */
export interface IstioStringMatch {
  exact?: string;
  prefix?: string;
  regex?: string;
}

/** A Gateway API header or query parameter match. */
export interface ValueMatch {
  type: 'Exact' | 'RegularExpression';
  name: string;
  value: string;
}

const escapeRegex = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The note for a RegularExpression match: its dialect is each implementation's own. */
export function noteRegex(notes: NoteSink, field: string, regex: string) {
  notes.add(
    'info',
    field,
    `written as a RegularExpression match (${regex}): its support and dialect are implementation-specific in the Gateway API (Istio uses RE2, matching the whole value); check it on your mesh`,
  );
}

/**
 * An Istio header or query parameter StringMatch as a Gateway API match: exact is Exact; regex
 * is RegularExpression; prefix, which the Gateway API lacks, is the RegularExpression
 * `^<prefix>.*`; an empty match (the value is present) is `.*`. Each RegularExpression gets a
 * note, as its dialect is implementation-specific.
 */
export function valueMatch(
  name: string,
  match: IstioStringMatch | undefined,
  field: string,
  notes: NoteSink,
): ValueMatch {
  if (match?.exact !== undefined)
    return { type: 'Exact', name, value: match.exact };
  const value =
    match?.regex ??
    (match?.prefix !== undefined ? `^${escapeRegex(match.prefix)}.*` : '.*');
  noteRegex(notes, field, value);
  return { type: 'RegularExpression', name, value };
}
