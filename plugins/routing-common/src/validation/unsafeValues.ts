import type { ExposureRequest } from '../types/exposure';
import type { Finding } from '../types/findings';
import { ExposureFindingCodes as Codes } from './exposureCodes';
import { ruleFindings } from './exposureFindings';
import { checkSafeText } from './fieldRules';

function walk(value: unknown, field: string): Finding[] {
  if (typeof value === 'string') {
    return ruleFindings(Codes.UnsafeValue, field, checkSafeText(value));
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => walk(item, `${field}[${index}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      walk(item, field ? `${field}.${key}` : key),
    );
  }
  return [];
}

/**
 * UnsafeValue for every string anywhere in the request that would corrupt a YAML document or a
 * template it passes through (line breaks, `{{`, `${{`, `{%`, a `---` line), naming its field.
 */
export function unsafeValueFindings(request: ExposureRequest): Finding[] {
  return walk(request, '');
}
