import { checkLength } from './fieldRules';
import { checkCorsFilter } from './corsFilterFields';
import { checkKnownFields } from './knownFields';
import {
  checkExtensionRef,
  checkHeaderModifier,
  checkRequestMirror,
  checkRequestRedirect,
  checkUrlRewrite,
} from './filterSettingsFields';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkRequired,
  checkString,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

type SettingsCheck = (report: Report, field: string, settings: any) => void;

/** The field each filter type carries its settings in, and the check of those settings. */
const FILTERS: Record<string, { key: string; check: SettingsCheck }> = {
  RequestHeaderModifier: {
    key: 'requestHeaderModifier',
    check: checkHeaderModifier,
  },
  ResponseHeaderModifier: {
    key: 'responseHeaderModifier',
    check: checkHeaderModifier,
  },
  RequestMirror: { key: 'requestMirror', check: checkRequestMirror },
  RequestRedirect: { key: 'requestRedirect', check: checkRequestRedirect },
  URLRewrite: { key: 'urlRewrite', check: checkUrlRewrite },
  ExtensionRef: { key: 'extensionRef', check: checkExtensionRef },
  CORS: { key: 'cors', check: checkCorsFilter },
};
const HTTP_TYPES = Object.keys(FILTERS);
const FILTER_FIELDS = ['type', ...Object.values(FILTERS).map(f => f.key)];
const GRPC_TYPES = [
  'ResponseHeaderModifier',
  'RequestHeaderModifier',
  'RequestMirror',
  'ExtensionRef',
];
const HTTP_SINGLE = [
  'CORS',
  'RequestHeaderModifier',
  'ResponseHeaderModifier',
  'RequestRedirect',
  'URLRewrite',
];
const GRPC_SINGLE = ['RequestHeaderModifier', 'ResponseHeaderModifier'];

/** A redirect or rewrite `path`: its type and the one field it names (the CEL rules). */
function checkPathModifier(report: Report, field: string, path: any) {
  if (!path) return;
  checkRequired(report, `${field}.type`, path.type);
  checkEnum(report, `${field}.type`, path.type, [
    'ReplaceFullPath',
    'ReplacePrefixMatch',
  ]);
  for (const type of ['ReplaceFullPath', 'ReplacePrefixMatch']) {
    const key = type[0].toLowerCase() + type.slice(1);
    if (path.type === type && path[key] === undefined) {
      report(`${field}.${key}`, `must be set when type is ${type}`);
    }
    if (path.type !== type && path[key] !== undefined) {
      report(`${field}.${key}`, `must only be set when type is ${type}`);
    }
    checkString(report, `${field}.${key}`, path[key], v =>
      checkLength(v, 0, 1024),
    );
  }
}

/**
 * The filters of a rule or backendRef: at most 16, a known type whose settings field (and no
 * other) is set and valid, no repeated types where the CRD forbids it, not RequestRedirect
 * with URLRewrite.
 */
export function checkRuleFilters(
  report: Report,
  kind: string,
  field: string,
  filters: unknown,
) {
  const http = kind === 'HTTPRoute';
  checkMaxItems(report, field, filters, 16);
  const types = asArray(filters).map(f => f?.type);
  asArray(filters).forEach((filter, i) => {
    const at = `${field}[${i}]`;
    checkKnownFields(report, at, filter, FILTER_FIELDS, `${kind} filter`);
    checkRequired(report, `${at}.type`, filter?.type);
    checkEnum(
      report,
      `${at}.type`,
      filter?.type,
      http ? HTTP_TYPES : GRPC_TYPES,
    );
    for (const [type, { key, check }] of Object.entries(FILTERS)) {
      if (filter?.type === type && filter?.[key] === undefined) {
        report(`${at}.${key}`, `must be set for a ${type} filter`);
      } else if (filter?.type !== type && filter?.[key] !== undefined) {
        report(`${at}.${key}`, `must only be set for a ${type} filter`);
      }
      check(report, `${at}.${key}`, filter?.[key]);
    }
    if (!http) return;
    for (const key of ['requestRedirect', 'urlRewrite']) {
      checkPathModifier(report, `${at}.${key}.path`, filter?.[key]?.path);
    }
  });
  for (const type of http ? HTTP_SINGLE : GRPC_SINGLE) {
    if (types.filter(t => t === type).length > 1) {
      report(field, `must not repeat the ${type} filter`);
    }
  }
  if (
    http &&
    types.includes('RequestRedirect') &&
    types.includes('URLRewrite')
  ) {
    report(
      field,
      'must not have both a RequestRedirect and a URLRewrite filter',
    );
  }
}
