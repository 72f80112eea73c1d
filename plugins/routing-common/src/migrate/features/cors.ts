import { HTTP_METHODS } from '../../gatewayApi/httpMethods';
import type { ConversionState, Feature, SourceIngress } from '../ir';
import { noteAnnotation, parseBool, readAnnotation } from './annotations';
import { requestRoutes, rulesWithSource } from './drafts';

const DEFAULT_METHODS = 'GET, PUT, POST, DELETE, PATCH, OPTIONS';
const DEFAULT_HEADERS =
  'DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization';
const DEFAULT_MAX_AGE = 1728000;
/** CORS also takes `*`, any method. */
const METHODS = [...HTTP_METHODS, '*'];
const ORIGIN =
  /^(\*|https?:\/\/((\*\.)?([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+|\*)(:\d{1,5})?)$/;
const HEADER = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;
const CORS_OPTIONS = [
  'cors-allow-origin',
  'cors-allow-methods',
  'cors-allow-headers',
  'cors-expose-headers',
  'cors-allow-credentials',
  'cors-max-age',
];

/** A comma-separated list, trimmed, keeping what the CRD accepts (the rest is noted). */
function listOf(
  state: ConversionState,
  source: SourceIngress,
  name: string,
  fallback: string | undefined,
  valid: (item: string) => boolean,
): string[] | undefined {
  const value = readAnnotation(state, source, name) ?? fallback;
  if (value === undefined) return undefined;
  const items = [
    ...new Set(
      value
        .split(',')
        .map(i => i.trim())
        .filter(Boolean),
    ),
  ];
  const rejected = items.filter(i => !valid(i));
  if (rejected.length)
    noteAnnotation(
      state,
      source,
      name,
      'warning',
      `not carried over: ${rejected.join(
        ', ',
      )} (not valid in the Gateway API CORS filter)`,
    );
  return items.filter(valid);
}

/** The CORS filter of a source with enable-cors true, from cors-* with ingress-nginx's defaults. */
export function corsFilterOf(
  state: ConversionState,
  source: SourceIngress,
): Record<string, any> {
  const credentials = readAnnotation(state, source, 'cors-allow-credentials');
  const maxAgeValue = readAnnotation(state, source, 'cors-max-age');
  let maxAge = DEFAULT_MAX_AGE;
  if (maxAgeValue !== undefined) {
    if (/^\d+$/.test(maxAgeValue.trim()) && Number(maxAgeValue) > 0)
      maxAge = Number(maxAgeValue);
    else
      noteAnnotation(
        state,
        source,
        'cors-max-age',
        'error',
        `"${maxAgeValue}" is not a whole number of seconds above 0; ${DEFAULT_MAX_AGE} used`,
      );
  }
  const exposeHeaders = listOf(
    state,
    source,
    'cors-expose-headers',
    undefined,
    i => HEADER.test(i),
  );
  return {
    type: 'CORS',
    cors: {
      allowOrigins: listOf(state, source, 'cors-allow-origin', '*', i =>
        ORIGIN.test(i),
      ),
      allowMethods: listOf(
        state,
        source,
        'cors-allow-methods',
        DEFAULT_METHODS,
        i => METHODS.includes(i.toUpperCase()),
      )?.map(m => m.toUpperCase()),
      allowHeaders: listOf(
        state,
        source,
        'cors-allow-headers',
        DEFAULT_HEADERS,
        i => HEADER.test(i),
      ),
      ...(exposeHeaders?.length ? { exposeHeaders } : {}),
      allowCredentials:
        credentials === undefined || parseBool(credentials) !== false,
      maxAge,
    },
  };
}

/**
 * enable-cors + cors-* (ingress2gateway 1.11): the HTTPRoute CORS filter (standard since Gateway
 * API v1.5) with ingress-nginx's defaults; cors-* without enable-cors has no effect (a note).
 */
export const cors: Feature = state => {
  for (const { route, rule, source } of rulesWithSource(requestRoutes(state))) {
    const enabled = readAnnotation(state, source, 'enable-cors');
    if (enabled === undefined || parseBool(enabled) !== true) {
      for (const name of CORS_OPTIONS)
        if (readAnnotation(state, source, name) !== undefined)
          noteAnnotation(
            state,
            source,
            name,
            'info',
            'no effect: enable-cors is not "true"',
          );
      continue;
    }
    if (route.kind !== 'HTTPRoute') {
      noteAnnotation(
        state,
        source,
        'enable-cors',
        'warning',
        `not carried over: ${route.kind} has no CORS filter`,
      );
      continue;
    }
    rule.filters.push(corsFilterOf(state, source));
  }
};
