import { InputError } from '@backstage/errors';
/**
 * One requirement of a label selector, as in `metav1.LabelSelectorRequirement`.
 *
 * @public
 */
export interface LabelRequirement {
  /** The label key the requirement is about. */
  key: string;
  /** How the label's value is compared with `values`. */
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  /** The values for `In` and `NotIn`; empty for `Exists` and `DoesNotExist`. */
  values?: string[];
}

/**
 * A label selector as Kubernetes objects write it (matchLabels and matchExpressions).
 *
 * @public
 */
export interface LabelSelector {
  /** Labels that must all have exactly these values. */
  matchLabels?: Record<string, string>;
  /** Requirements that must all hold, besides `matchLabels`. */
  matchExpressions?: LabelRequirement[];
}

const SET_REQUIREMENT = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/;
const EQUALITY_REQUIREMENT = /^([^\s!=]+)\s*(==|=|!=)\s*(\S*)$/;
const EXISTS_REQUIREMENT = /^(!?)([^\s!=()]+)$/;

/** Splits a selector string on the commas that are not inside a value set. */
function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

function parseRequirement(text: string): LabelRequirement {
  const set = SET_REQUIREMENT.exec(text);
  if (set) {
    const values = set[3]
      .split(',')
      .map(v => v.trim())
      .filter(Boolean);
    return { key: set[1], operator: set[2] === 'in' ? 'In' : 'NotIn', values };
  }
  const equality = EQUALITY_REQUIREMENT.exec(text);
  if (equality) {
    return {
      key: equality[1],
      operator: equality[2] === '!=' ? 'NotIn' : 'In',
      values: [equality[3]],
    };
  }
  const exists = EXISTS_REQUIREMENT.exec(text);
  if (exists) {
    return { key: exists[2], operator: exists[1] ? 'DoesNotExist' : 'Exists' };
  }
  throw new InputError(
    `"${text}" is not a label selector requirement: write key=value, key!=value, key in (a,b), key notin (a,b), key or !key`,
  );
}

/**
 * Parses a label selector string in kubectl's syntax (`app=shop,tier in (web,api),!canary`)
 * into requirements. Throws with the broken requirement named when the syntax is wrong.
 *
 * @public
 */
export function parseLabelSelector(selector: string): LabelRequirement[] {
  return splitRequirements(selector).map(parseRequirement);
}

/** Whether labels satisfy one requirement. */
function satisfies(
  labels: Record<string, string>,
  requirement: LabelRequirement,
): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  switch (requirement.operator) {
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'In':
      return (
        has && (requirement.values ?? []).includes(labels[requirement.key])
      );
    case 'NotIn':
      return (
        !has || !(requirement.values ?? []).includes(labels[requirement.key])
      );
    default:
      return false;
  }
}

/**
 * Whether labels satisfy every requirement (an empty list selects everything).
 *
 * @public
 */
export function matchesRequirements(
  labels: Record<string, string> | undefined,
  requirements: LabelRequirement[],
): boolean {
  return requirements.every(requirement =>
    satisfies(labels ?? {}, requirement),
  );
}

function formatRequirement(requirement: LabelRequirement): string {
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return values.length === 1
        ? `${requirement.key}=${values[0]}`
        : `${requirement.key} in (${values.join(',')})`;
    case 'NotIn':
      return `${requirement.key} notin (${values.join(',')})`;
    case 'Exists':
      return requirement.key;
    default:
      return `!${requirement.key}`;
  }
}

/**
 * Writes requirements in kubectl's syntax (`team=shop,env in (prod,staging),!canary`), the
 * inverse of {@link parseLabelSelector}.
 *
 * @public
 */
export function formatLabelSelector(requirements: LabelRequirement[]): string {
  return requirements.map(formatRequirement).join(',');
}

/**
 * Turns a structured selector into requirements.
 *
 * @public
 */
export function selectorRequirements(
  selector: LabelSelector,
): LabelRequirement[] {
  const fromLabels = Object.entries(selector.matchLabels ?? {}).map(
    ([key, value]): LabelRequirement => ({
      key,
      operator: 'In',
      values: [value],
    }),
  );
  return [...fromLabels, ...(selector.matchExpressions ?? [])];
}
