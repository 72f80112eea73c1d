import { durationMs } from '../validation/durations';
import { asArray } from '../kubernetes/objectFields';
import type { IstioStringMatch } from './stringMatches';
import type { NoteSink } from './types';

/** Istio origins: `allowOrigins` (StringMatches; exact ones map), else the deprecated `allowOrigin`. */
function origins(cors: any, field: string, notes: NoteSink): string[] {
  if (cors.allowOrigins === undefined) return asArray<string>(cors.allowOrigin);
  return asArray<IstioStringMatch>(cors.allowOrigins).flatMap((origin, i) => {
    if (origin?.exact !== undefined) return [origin.exact];
    notes.add(
      'warning',
      `${field}.allowOrigins[${i}]`,
      'not carried over: Gateway API CORS origins are exact or a wildcard host (https://*.example.com), not prefixes or regular expressions; list the origins',
    );
    return [];
  });
}

/** Istio `maxAge` (a duration) in whole seconds, the CORS filter's unit; rounded up. */
function maxAgeSeconds(cors: any, field: string, notes: NoteSink) {
  if (cors.maxAge === undefined) return undefined;
  const ms = durationMs(cors.maxAge);
  if (ms === undefined) {
    notes.add(
      'warning',
      `${field}.maxAge`,
      `not carried over: ${cors.maxAge} is not a duration Portway reads (such as 24h)`,
    );
    return undefined;
  }
  return Math.ceil(ms / 1000);
}

const list = (value: unknown) => {
  const items = asArray<string>(value);
  return items.length ? items : undefined;
};

/**
 * Istio `corsPolicy` as the HTTPRoute CORS filter (standard channel since v1.5): origins,
 * methods, allowed and exposed headers, credentials and max age; `unmatchedPreflights` has no
 * equivalent (a note).
 */
export function corsFilter(
  cors: any,
  field: string,
  notes: NoteSink,
): Record<string, any> {
  if (cors.unmatchedPreflights !== undefined)
    notes.add(
      'warning',
      `${field}.unmatchedPreflights`,
      'not carried over: the Gateway API CORS filter has no setting for preflight requests from origins it does not allow',
    );
  const allowOrigins = list(origins(cors, field, notes));
  const maxAge = maxAgeSeconds(cors, field, notes);
  const settings = {
    allowOrigins,
    allowMethods: list(cors.allowMethods),
    allowHeaders: list(cors.allowHeaders),
    exposeHeaders: list(cors.exposeHeaders),
    allowCredentials:
      cors.allowCredentials === undefined
        ? undefined
        : Boolean(cors.allowCredentials),
    maxAge,
  };
  return {
    type: 'CORS',
    cors: Object.fromEntries(
      Object.entries(settings).filter(([, value]) => value !== undefined),
    ),
  };
}
