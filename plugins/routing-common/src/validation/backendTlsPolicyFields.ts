import { checkDnsSubdomain, checkLength } from './fieldRules';
import { checkPreciseHostname, checkWildcardHostname } from './hostnameRules';
import { checkKnownFields } from './knownFields';
import { checkObjectRef } from './referenceFields';
import { checkTargetRefsUnique } from './referenceUniqueness';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkMinItems,
  checkRequired,
  checkString,
  checkStringMap,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const WELL_KNOWN_CAS =
  /^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$/;
const URI = /^(([^:/?#]+):)(\/\/([^/?#]*))([^?#]*)(\?([^#]*))?(#(.*))?/;

const set = (value: unknown) => value !== undefined && value !== '';

const VALIDATION_FIELDS = [
  'hostname',
  'caCertificateRefs',
  'wellKnownCACertificates',
  'subjectAltNames',
];

function checkTargetRefs(report: Report, refs: unknown) {
  const field = 'spec.targetRefs';
  checkRequired(report, field, refs);
  checkMinItems(report, field, refs, 1);
  checkMaxItems(report, field, refs, 16);
  asArray(refs).forEach((ref, i) => {
    const at = `${field}[${i}]`;
    checkKnownFields(
      report,
      at,
      ref,
      ['group', 'kind', 'name', 'sectionName'],
      'targetRef',
    );
    checkObjectRef(report, at, ref, { groupKindRequired: true });
    checkString(
      report,
      `${at}.sectionName`,
      ref?.sectionName,
      checkDnsSubdomain,
    );
  });
  checkTargetRefsUnique(report, field, refs);
}

function checkSubjectAltName(report: Report, field: string, san: any) {
  checkKnownFields(
    report,
    field,
    san,
    ['type', 'hostname', 'uri'],
    'SubjectAltName',
  );
  checkRequired(report, `${field}.type`, san?.type);
  checkEnum(report, `${field}.type`, san?.type, ['Hostname', 'URI']);
  checkString(
    report,
    `${field}.hostname`,
    san?.hostname,
    checkWildcardHostname,
  );
  checkString(
    report,
    `${field}.uri`,
    san?.uri,
    v =>
      checkLength(v, 1, 253) ??
      (URI.test(v)
        ? undefined
        : 'must be a URI with a scheme and authority, such as "spiffe://cluster.local/ns/shop/sa/web"'),
  );
  for (const [type, key] of [
    ['Hostname', 'hostname'],
    ['URI', 'uri'],
  ]) {
    if (san?.type === type && !set(san?.[key])) {
      report(`${field}.${key}`, `must be set when type is ${type}`);
    }
    if (san?.type !== type && set(san?.[key])) {
      report(`${field}.${key}`, `must only be set when type is ${type}`);
    }
  }
}

function checkValidation(report: Report, validation: any) {
  const field = 'spec.validation';
  checkRequired(report, field, validation);
  if (!validation) return;
  checkKnownFields(
    report,
    field,
    validation,
    VALIDATION_FIELDS,
    'BackendTLSPolicy validation',
  );
  checkRequired(report, `${field}.hostname`, validation.hostname);
  checkString(
    report,
    `${field}.hostname`,
    validation.hostname,
    checkPreciseHostname,
    'InvalidHostname',
  );
  const refs = validation.caCertificateRefs;
  checkMaxItems(report, `${field}.caCertificateRefs`, refs, 8);
  asArray(refs).forEach((ref, i) => {
    const at = `${field}.caCertificateRefs[${i}]`;
    checkKnownFields(
      report,
      at,
      ref,
      ['group', 'kind', 'name'],
      'caCertificateRef',
    );
    checkObjectRef(report, at, ref, { groupKindRequired: true });
  });
  const wellKnown = validation.wellKnownCACertificates;
  checkString(
    report,
    `${field}.wellKnownCACertificates`,
    wellKnown,
    v =>
      checkLength(v, 1, 253) ??
      (WELL_KNOWN_CAS.test(v)
        ? undefined
        : 'must be "System" or a domain-prefixed name such as "example.com/internal-ca"'),
  );
  const hasRefs = asArray(refs).length > 0;
  if (hasRefs && set(wellKnown)) {
    report(
      field,
      'must not set both caCertificateRefs and wellKnownCACertificates',
    );
  }
  if (!hasRefs && !set(wellKnown)) {
    report(field, 'must set caCertificateRefs or wellKnownCACertificates');
  }
  checkMaxItems(
    report,
    `${field}.subjectAltNames`,
    validation.subjectAltNames,
    5,
  );
  asArray(validation.subjectAltNames).forEach((san, i) =>
    checkSubjectAltName(report, `${field}.subjectAltNames[${i}]`, san),
  );
}

/**
 * A BackendTLSPolicy's spec (v1): 1 to 16 targetRefs (group, kind and name required; a
 * sectionName on every reference to a target named more than once, none repeated), and the
 * validation: a hostname, either CA certificate references (at most 8) or well-known CAs,
 * and at most 5 subjectAltNames whose type names the one field they set.
 */
export function checkBackendTlsPolicy(report: Report, spec: any) {
  checkKnownFields(
    report,
    'spec',
    spec,
    ['targetRefs', 'validation', 'options'],
    'BackendTLSPolicy spec',
  );
  checkTargetRefs(report, spec.targetRefs);
  checkValidation(report, spec.validation);
  checkStringMap(report, 'spec.options', spec.options, 16, 4096);
}
