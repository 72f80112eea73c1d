import { checkKnownFields } from './knownFields';
import { checkObjectRef } from './referenceFields';
import type { Report } from './routeFieldReport';
import { checkStringMap } from './routeFieldReport';

const KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Label or annotation keys (the CEL rules): an optional DNS-subdomain prefix and a name. */
function checkKeys(report: Report, field: string, map: unknown, noun: string) {
  if (!map || typeof map !== 'object') return;
  for (const key of Object.keys(map)) {
    if (!KEY.test(key) || key.split('/')[0].length >= 253) {
      report(
        field,
        `must have ${noun} keys of an optional DNS subdomain prefix (under 253 characters) and "/", then a name of up to 63 letters, digits, "-", "_" and ".": "${key}" is not one`,
      );
    }
  }
}

/** A Gateway's `infrastructure`: labels (8) and annotations (16) for what it provisions, parametersRef. */
export function checkGatewayInfrastructure(
  report: Report,
  infrastructure: any,
) {
  if (!infrastructure) return;
  const field = 'spec.infrastructure';
  checkKnownFields(
    report,
    field,
    infrastructure,
    ['labels', 'annotations', 'parametersRef'],
    'GatewayInfrastructure',
  );
  checkStringMap(report, `${field}.labels`, infrastructure.labels, 8, 63);
  checkKeys(report, `${field}.labels`, infrastructure.labels, 'label');
  for (const [key, value] of Object.entries(infrastructure.labels ?? {})) {
    if (typeof value === 'string' && !LABEL_VALUE.test(value)) {
      report(
        `${field}.labels.${key}`,
        'must be empty or letters, digits, "-", "_" and ".", starting and ending with a letter or digit',
      );
    }
  }
  checkStringMap(
    report,
    `${field}.annotations`,
    infrastructure.annotations,
    16,
    4096,
  );
  checkKeys(
    report,
    `${field}.annotations`,
    infrastructure.annotations,
    'annotation',
  );
  if (infrastructure.parametersRef) {
    checkObjectRef(
      report,
      `${field}.parametersRef`,
      infrastructure.parametersRef,
      {
        groupKindRequired: true,
      },
    );
  }
}
