import type { Report } from './routeFieldReport';
import { checkEnum, checkMaxItems } from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

/** The field each filter type carries its settings in. */
const FILTER_FIELDS: Record<string, string> = {
  RequestHeaderModifier: 'requestHeaderModifier',
  ResponseHeaderModifier: 'responseHeaderModifier',
  RequestMirror: 'requestMirror',
  RequestRedirect: 'requestRedirect',
  URLRewrite: 'urlRewrite',
  ExtensionRef: 'extensionRef',
  CORS: 'cors',
};
const HTTP_TYPES = Object.keys(FILTER_FIELDS);
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
  }
}

/**
 * The filters of a rule or backendRef: at most 16, a known type whose settings field (and no
 * other) is set, no repeated types where the CRD forbids it, not RequestRedirect with
 * URLRewrite, and a replacePrefixMatch only with exactly one PathPrefix match in the rule.
 */
export function checkRuleFilters(
  report: Report,
  kind: string,
  field: string,
  filters: unknown,
  matches: unknown,
) {
  const http = kind === 'HTTPRoute';
  checkMaxItems(report, field, filters, 16);
  const types = asArray(filters).map(f => f?.type);
  asArray(filters).forEach((filter, i) => {
    const at = `${field}[${i}]`;
    checkEnum(
      report,
      `${at}.type`,
      filter?.type ?? '',
      http ? HTTP_TYPES : GRPC_TYPES,
    );
    for (const [type, key] of Object.entries(FILTER_FIELDS)) {
      if (filter?.type === type && filter?.[key] === undefined) {
        report(`${at}.${key}`, `must be set for a ${type} filter`);
      } else if (filter?.type !== type && filter?.[key] !== undefined) {
        report(`${at}.${key}`, `must only be set for a ${type} filter`);
      }
    }
    if (!http) return;
    for (const key of ['requestRedirect', 'urlRewrite']) {
      checkPathModifier(report, `${at}.${key}.path`, filter?.[key]?.path);
      if (filter?.[key]?.path?.replacePrefixMatch === undefined) continue;
      const only = asArray(matches);
      const pathType = only[0]?.path
        ? only[0].path.type ?? 'PathPrefix'
        : undefined;
      if (only.length !== 1 || pathType !== 'PathPrefix') {
        report(
          `${at}.${key}.path.replacePrefixMatch`,
          'needs exactly one match in the rule, with a PathPrefix path',
        );
      }
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
