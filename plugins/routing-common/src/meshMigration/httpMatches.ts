import { HTTP_METHODS } from '../gatewayApi/httpMethods';
import { noteUnmappedMatchFields } from './matchFields';
import { IstioStringMatch, noteRegex, valueMatch } from './stringMatches';
import type { NoteSink } from './types';

/** A Gateway API HTTPRouteMatch, as the converter writes it. */
export type HttpRouteMatch = Record<string, any>;

/** An Istio uri match as a Gateway API path match. */
function pathMatch(
  uri: IstioStringMatch,
  field: string,
  notes: NoteSink,
): HttpRouteMatch['path'] {
  if (uri.exact !== undefined) return { type: 'Exact', value: uri.exact };
  if (uri.prefix !== undefined) {
    if (!uri.prefix.endsWith('/'))
      notes.add(
        'info',
        field,
        `PathPrefix ${uri.prefix} matches whole path segments: it matches ${uri.prefix}/x but not ${uri.prefix}x, which Istio's prefix also matched`,
      );
    return { type: 'PathPrefix', value: uri.prefix };
  }
  if (uri.regex !== undefined) {
    noteRegex(notes, field, uri.regex);
    return { type: 'RegularExpression', value: uri.regex };
  }
  return undefined;
}

/** An Istio method match: only an exact method the Gateway API knows maps. */
function methodMatch(
  method: IstioStringMatch,
  field: string,
  notes: NoteSink,
): string | undefined {
  if (method.exact !== undefined && HTTP_METHODS.includes(method.exact))
    return method.exact;
  notes.add(
    'warning',
    field,
    `not carried over: a Gateway API method match is one exact method (${HTTP_METHODS.join(
      ', ',
    )}); make one match per method`,
  );
  return undefined;
}

const entries = (value: unknown) =>
  Object.entries((value ?? {}) as Record<string, IstioStringMatch>);

/**
 * An Istio HTTPMatchRequest as an HTTPRouteMatch: uri, method, headers and queryParams; every
 * other field (sourceLabels, port, authority, ...) is a note.
 */
export function httpRouteMatch(
  match: Record<string, any>,
  field: string,
  notes: NoteSink,
): HttpRouteMatch {
  noteUnmappedMatchFields(match, field, notes);
  const path = match.uri
    ? pathMatch(match.uri, `${field}.uri`, notes)
    : undefined;
  const method = match.method
    ? methodMatch(match.method, `${field}.method`, notes)
    : undefined;
  const headers = entries(match.headers).map(([name, value]) =>
    valueMatch(name, value, `${field}.headers.${name}`, notes),
  );
  const queryParams = entries(match.queryParams).map(([name, value]) =>
    valueMatch(name, value, `${field}.queryParams.${name}`, notes),
  );
  return {
    ...(path ? { path } : {}),
    ...(method ? { method } : {}),
    ...(headers.length ? { headers } : {}),
    ...(queryParams.length ? { queryParams } : {}),
  };
}
