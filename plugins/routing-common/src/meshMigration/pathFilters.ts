import { asArray } from '../kubernetes/objectFields';
import type { NoteSink } from './types';

type Filter = Record<string, any>;

/**
 * How an Istio uri rewrite of a rule is written: replacing the matched prefix when the rule
 * has one prefix match (the CRDs allow ReplacePrefixMatch only then), the full path when every
 * match is exact or there is no uri match; undefined when neither fits (several prefix
 * matches, regex matches), with a warning.
 */
function pathModifier(
  rule: any,
  uri: string,
  field: string,
  notes: NoteSink,
): Filter | undefined {
  const uris = asArray(rule?.match).map(match => match?.uri);
  const prefixes = uris.filter(u => u?.prefix !== undefined);
  if (uris.length === 1 && prefixes.length === 1)
    return { type: 'ReplacePrefixMatch', replacePrefixMatch: uri };
  if (uris.every(u => u === undefined || u.exact !== undefined))
    return { type: 'ReplaceFullPath', replaceFullPath: uri };
  notes.add(
    'warning',
    field,
    'not carried over: the Gateway API replaces a matched prefix only for a rule with exactly one PathPrefix match; split this route into one route per prefix match',
  );
  return undefined;
}

/**
 * Istio `rewrite` as a URLRewrite filter: `uri` as a path modifier, `authority` as the
 * hostname; `uriRegexRewrite` has no Gateway API equivalent (a note).
 */
export function rewriteFilter(
  rule: any,
  field: string,
  notes: NoteSink,
): Filter | undefined {
  const rewrite = rule.rewrite ?? {};
  if (rewrite.uriRegexRewrite)
    notes.add(
      'warning',
      `${field}.uriRegexRewrite`,
      'not carried over: the Gateway API has no regex rewrite (URLRewrite replaces a full path or a matched prefix)',
    );
  const path =
    rewrite.uri !== undefined
      ? pathModifier(rule, rewrite.uri, `${field}.uri`, notes)
      : undefined;
  const hostname = rewrite.authority;
  if (!path && !hostname) return undefined;
  return {
    type: 'URLRewrite',
    urlRewrite: {
      ...(hostname ? { hostname } : {}),
      ...(path ? { path } : {}),
    },
  };
}

/** Istio's redirect codes the Gateway API accepts; Istio's default is 301, the Gateway API's 302. */
const STATUS_CODES = [301, 302, 303, 307, 308];

/**
 * Istio `redirect` as a RequestRedirect filter: uri (the full path), authority (hostname),
 * port, scheme and redirectCode (always written: Istio's default is 301, the Gateway API's
 * 302). derivePort and codes the Gateway API lacks are notes.
 */
export function redirectFilter(
  redirect: any,
  field: string,
  notes: NoteSink,
): Filter {
  const code = Number(redirect.redirectCode ?? 301);
  if (!STATUS_CODES.includes(code))
    notes.add(
      'warning',
      `${field}.redirectCode`,
      `not carried over: ${code} is not a redirect status code of the Gateway API (${STATUS_CODES.join(
        ', ',
      )}); 302 written`,
    );
  if (redirect.derivePort !== undefined)
    notes.add(
      'warning',
      `${field}.derivePort`,
      'not carried over: the Gateway API derives the port from the scheme when no port is given',
    );
  return {
    type: 'RequestRedirect',
    requestRedirect: {
      ...(redirect.scheme ? { scheme: redirect.scheme } : {}),
      ...(redirect.authority ? { hostname: redirect.authority } : {}),
      ...(redirect.uri !== undefined
        ? { path: { type: 'ReplaceFullPath', replaceFullPath: redirect.uri } }
        : {}),
      ...(redirect.port !== undefined ? { port: Number(redirect.port) } : {}),
      statusCode: STATUS_CODES.includes(code) ? code : 302,
    },
  };
}
