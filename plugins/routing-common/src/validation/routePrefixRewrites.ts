import type { Report } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const NEEDS = 'needs exactly one match in the rule, with a PathPrefix path';

/** Whether the rule has one PathPrefix match, after the CRD's defaults (`/` when absent). */
function hasOnePrefixMatch(matches: unknown): boolean {
  if (matches === undefined) return true;
  const list = asArray(matches);
  return (
    list.length === 1 && (list[0]?.path?.type ?? 'PathPrefix') === 'PathPrefix'
  );
}

/** Indexes of the filters whose `key` (requestRedirect or urlRewrite) replaces the prefix. */
function prefixReplacements(filters: unknown, key: string): number[] {
  return asArray(filters).flatMap((filter, i) =>
    filter?.[key]?.path?.type === 'ReplacePrefixMatch' &&
    filter[key].path.replacePrefixMatch !== undefined
      ? [i]
      : [],
  );
}

/**
 * The four CEL rules of an HTTPRoute rule on `path.replacePrefixMatch` (RequestRedirect and
 * URLRewrite, in the rule's filters and in its backendRefs' filters): the rule must have
 * exactly one match, a PathPrefix one. As written in the CRD (`exists_one`), a rule is only
 * checked when exactly one of its filters, or exactly one of its backendRefs with exactly one
 * filter, replaces the prefix.
 */
export function checkPrefixReplacements(
  report: Report,
  field: string,
  rule: any,
) {
  if (hasOnePrefixMatch(rule?.matches)) return;
  for (const key of ['requestRedirect', 'urlRewrite']) {
    const inRule = prefixReplacements(rule?.filters, key);
    if (inRule.length === 1) {
      report(
        `${field}.filters[${inRule[0]}].${key}.path.replacePrefixMatch`,
        NEEDS,
      );
    }
    const inBackends = asArray(rule?.backendRefs).flatMap((ref, b) => {
      const filters = prefixReplacements(ref?.filters, key);
      return filters.length === 1 ? [[b, filters[0]]] : [];
    });
    if (inBackends.length === 1) {
      const [b, f] = inBackends[0];
      report(
        `${field}.backendRefs[${b}].filters[${f}].${key}.path.replacePrefixMatch`,
        NEEDS,
      );
    }
  }
}
