import type {
  ConversionState,
  Feature,
  RouteDraft,
  RuleDraft,
  SourceIngress,
} from '../ir';
import { capturePatternPrefix } from '../../ingress/capturePattern';
import { noteAnnotation, readAnnotation } from './annotations';
import {
  redirects,
  requestRoutes,
  rulesWithSource,
  setRequestHeader,
} from './drafts';

/** `<x>/$2`: the rest of the path after `<x>`. */
const CLASSIC_TARGET = /^([^$]*?)\/\$2$/;

/** The URLRewrite filter for a rule, or why none can be written. */
export function rewriteOf(
  rule: RuleDraft,
  target: string,
): { filter?: Record<string, any>; prefix?: string; problem?: string } {
  if (!/\$\d/.test(target))
    return {
      filter: {
        type: 'URLRewrite',
        urlRewrite: {
          path: { type: 'ReplaceFullPath', replaceFullPath: target },
        },
      },
    };
  const prefix =
    rule.path?.type === 'Exact'
      ? undefined
      : capturePatternPrefix(rule.path?.value ?? '');
  const rest = CLASSIC_TARGET.exec(target);
  if (prefix !== undefined && rest)
    return {
      prefix,
      filter: {
        type: 'URLRewrite',
        urlRewrite: {
          path: {
            type: 'ReplacePrefixMatch',
            replacePrefixMatch: rest[1] || '/',
          },
        },
      },
    };
  return {
    problem: `"${target}" refers to capture groups of path "${
      rule.path?.value ?? ''
    }"; Gateway API URLRewrite cannot reference captures (only the pattern "<prefix>(/|$)(.*)" with "/$2" maps, to PathPrefix + ReplacePrefixMatch). Use your implementation's regex rewrite (Envoy Gateway HTTPRouteFilter urlRewrite.path ReplaceRegexMatch, Istio VirtualService uriRegexRewrite) or restructure the paths`,
  };
}

function applyRewrite(
  state: ConversionState,
  route: RouteDraft,
  rule: RuleDraft,
  source: SourceIngress,
) {
  const target = readAnnotation(state, source, 'rewrite-target');
  const prefixHeader = readAnnotation(state, source, 'x-forwarded-prefix');
  if (!target) {
    if (prefixHeader)
      noteAnnotation(
        state,
        source,
        'x-forwarded-prefix',
        'warning',
        'not carried over without rewrite-target (as ingress2gateway); add a RequestHeaderModifier setting X-Forwarded-Prefix if the backend needs it',
      );
    return;
  }
  if (route.kind !== 'HTTPRoute') {
    noteAnnotation(
      state,
      source,
      'rewrite-target',
      'warning',
      `not carried over: ${route.kind} has no URLRewrite filter`,
    );
    return;
  }
  if (redirects(rule)) {
    noteAnnotation(
      state,
      source,
      'rewrite-target',
      'info',
      `no effect on path ${
        rule.path?.value ?? '/'
      }: the rule redirects, no backend is called`,
    );
    return;
  }
  const { filter, prefix, problem } = rewriteOf(rule, target);
  if (problem)
    noteAnnotation(
      state,
      source,
      'rewrite-target',
      'warning',
      `not carried over: ${problem}`,
    );
  if (filter) rule.filters.push(filter);
  if (prefix !== undefined) {
    for (const match of rule.matches)
      match.path = { type: 'PathPrefix', value: prefix };
    noteAnnotation(
      state,
      source,
      'rewrite-target',
      'info',
      `path "${
        rule.path?.value
      }" with "${target}" became PathPrefix "${prefix}" + ReplacePrefixMatch: same paths served, but matched case-sensitively (ingress-nginx matched case-insensitively)${
        filter?.urlRewrite.path.replacePrefixMatch !== '/'
          ? `; "${prefix}" alone goes to "${filter?.urlRewrite.path.replacePrefixMatch}", not "${filter?.urlRewrite.path.replacePrefixMatch}/"`
          : ''
      }`,
    );
  }
  if (prefixHeader) setRequestHeader(rule, 'X-Forwarded-Prefix', prefixHeader);
}

/**
 * rewrite-target (+ x-forwarded-prefix), ingress2gateway 1.1 done better: a target without
 * capture references is URLRewrite ReplaceFullPath (nginx replaces the whole URI, as
 * ingress2gateway does); the capture pattern `<prefix>(/|$)(.*)` with `<x>/$2` is PathPrefix
 * `<prefix>` + ReplacePrefixMatch `<x>` (or `/`); any other capture reference is a note and no
 * filter. x-forwarded-prefix sets that header, with rewrite-target only.
 */
export const rewrite: Feature = state => {
  for (const { route, rule, source } of rulesWithSource(requestRoutes(state)))
    applyRewrite(state, route, rule, source);
};
