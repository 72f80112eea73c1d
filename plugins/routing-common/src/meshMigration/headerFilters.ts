import { asArray } from '../kubernetes/objectFields';

/** Istio's HeaderOperations: headers to set, add and remove. */
interface HeaderOperations {
  set?: Record<string, string>;
  add?: Record<string, string>;
  remove?: string[];
}

const pairs = (headers: Record<string, string> | undefined) =>
  Object.entries(headers ?? {}).map(([name, value]) => ({
    name,
    value: String(value),
  }));

/** Header operations as a Gateway API header modifier; undefined when there are none. */
function modifierOf(operations: HeaderOperations | undefined) {
  const set = pairs(operations?.set);
  const add = pairs(operations?.add);
  const remove = asArray<string>(operations?.remove);
  if (!set.length && !add.length && !remove.length) return undefined;
  return {
    ...(set.length ? { set } : {}),
    ...(add.length ? { add } : {}),
    ...(remove.length ? { remove } : {}),
  };
}

/**
 * Istio `headers` (of an http route or of one destination) as Gateway API filters:
 * `request` is a RequestHeaderModifier, `response` a ResponseHeaderModifier (set, add, remove
 * mean the same in both APIs; both kinds of route have both filters, on rules and backendRefs).
 */
export function headerFilters(headers: {
  request?: HeaderOperations;
  response?: HeaderOperations;
}): Array<Record<string, any>> {
  const request = modifierOf(headers?.request);
  const response = modifierOf(headers?.response);
  return [
    ...(request
      ? [{ type: 'RequestHeaderModifier', requestHeaderModifier: request }]
      : []),
    ...(response
      ? [{ type: 'ResponseHeaderModifier', responseHeaderModifier: response }]
      : []),
  ];
}
