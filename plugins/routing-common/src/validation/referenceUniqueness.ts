import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { Report } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

/** How a list's entries are compared, as the CRD's CEL rules compare them. */
interface Comparison {
  /** What the entries are called in messages: "parent" or "target". */
  noun: string;
  /** group and kind when not written (the CRD defaults them before CEL runs). */
  defaults?: { group: string; kind: string };
  /** Whether `namespace` is part of the identity (unset and "" are the same). */
  namespaced: boolean;
}

/** A field as CEL compares it here: unset and "" are the same. */
const text = (value: unknown) => String(value ?? '');

function identity(ref: any, { defaults, namespaced }: Comparison) {
  return JSON.stringify([
    ref?.group ?? defaults?.group,
    ref?.kind ?? defaults?.kind,
    ref?.name,
    // An unset namespace and an explicit one are different parents to the CEL rule, even when
    // the explicit one is the route's own namespace.
    namespaced && text(ref?.namespace) !== '' ? ref.namespace : null,
  ]);
}

/**
 * The two CEL rules on a list of references (route parentRefs, BackendTLSPolicy targetRefs):
 * references to one parent either all set sectionName or none does, and no two share a
 * sectionName. `port` is not part of either rule in the standard channel.
 */
function checkSectionNames(
  report: Report,
  field: string,
  refs: unknown,
  comparison: Comparison,
) {
  const list = asArray(refs);
  const groups = new Map<string, number[]>();
  list.forEach((ref, i) => {
    const id = identity(ref, comparison);
    groups.set(id, [...(groups.get(id) ?? []), i]);
  });
  const { noun } = comparison;
  for (const indexes of groups.values()) {
    if (indexes.length < 2) continue;
    const sections = indexes.map(i => text(list[i]?.sectionName));
    if (sections.includes('') && sections.some(s => s !== '')) {
      report(
        field,
        `must set sectionName on every reference to the same ${noun} when it references that ${noun} more than once (entries ${indexes.join(
          ', ',
        )})`,
      );
    }
    const n = sections.findIndex((s, at) => sections.indexOf(s) !== at);
    if (n < 0) continue;
    const first = indexes[sections.indexOf(sections[n])];
    report(
      field,
      `must not reference the same ${noun} twice with the same sectionName (entries ${first} and ${
        indexes[n]
      }${sections[n] === '' ? ', both without sectionName' : ''})`,
    );
  }
}

/** Route parentRefs: group and kind default to the Gateway API's Gateway. */
export function checkParentRefsUnique(
  report: Report,
  field: string,
  refs: unknown,
) {
  checkSectionNames(report, field, refs, {
    noun: 'parent',
    defaults: { group: GATEWAY_API_GROUP, kind: 'Gateway' },
    namespaced: true,
  });
}

/** Policy targetRefs (local references: no namespace, group and kind required). */
export function checkTargetRefsUnique(
  report: Report,
  field: string,
  refs: unknown,
) {
  checkSectionNames(report, field, refs, { noun: 'target', namespaced: false });
}
