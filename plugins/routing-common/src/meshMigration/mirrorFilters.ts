import { asArray } from '../kubernetes/objectFields';
import { IstioDestination, serviceRefOf } from './serviceRefs';
import type { RuleContext } from './types';

type Filter = Record<string, any>;

/** The most decimal places of a percentage written exactly (as a fraction of 10^n over 100). */
const MAX_DECIMALS = 6;

/**
 * An Istio mirror percentage (0-100, a double) as the HTTPRequestMirrorFilter's share: a whole
 * number is `percent`, anything else `fraction` (`12.5` is 125/1000), so nothing is rounded;
 * nothing at all for 100% (the filter's default, Istio's too).
 */
export function mirrorShare(value: number): Filter {
  if (value >= 100) return {};
  if (Number.isInteger(value)) return { percent: value };
  const decimals = Math.min(
    MAX_DECIMALS,
    (String(value).split('.')[1] ?? '').length,
  );
  const scale = 10 ** decimals;
  return {
    fraction: {
      numerator: Math.round(value * scale),
      denominator: 100 * scale,
    },
  };
}

/** `mirrorPercentage.value`, else the deprecated `mirrorPercent`, else 100. */
function rulePercentage(rule: any): number {
  if (rule.mirrorPercentage?.value !== undefined)
    return Number(rule.mirrorPercentage.value);
  if (rule.mirrorPercent !== undefined) return Number(rule.mirrorPercent);
  return 100;
}

function mirrorFilter(
  destination: IstioDestination,
  percentage: number,
  field: string,
  context: RuleContext,
): Filter[] {
  const backendRef = serviceRefOf(destination, field, context);
  if (!backendRef) return [];
  return [
    {
      type: 'RequestMirror',
      requestMirror: { backendRef, ...mirrorShare(percentage) },
    },
  ];
}

/**
 * Istio `mirror` (with `mirrorPercentage`, or the deprecated `mirrorPercent`) and `mirrors`
 * as RequestMirror filters, one per mirror: the v1.6 standard channel has the filter's
 * `percent` and `fraction`, so percentages map exactly. A mirror's subset cannot be carried
 * over (see {@link serviceRefOf}).
 */
export function mirrorFilters(
  rule: any,
  field: string,
  context: RuleContext,
): Filter[] {
  const single = rule.mirror
    ? mirrorFilter(
        rule.mirror,
        rulePercentage(rule),
        `${field}.mirror`,
        context,
      )
    : [];
  const many = asArray(rule.mirrors).flatMap((mirror, i) =>
    mirror?.destination
      ? mirrorFilter(
          mirror.destination,
          Number(mirror.percentage?.value ?? 100),
          `${field}.mirrors[${i}].destination`,
          context,
        )
      : [],
  );
  return [...single, ...many];
}
