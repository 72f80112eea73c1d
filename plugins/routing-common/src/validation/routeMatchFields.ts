import { HTTP_METHODS } from '../gatewayApi/httpMethods';
import {
  checkGrpcMethodName,
  checkGrpcServiceName,
  checkHeaderName,
  checkHttpPath,
  checkLength,
} from './fieldRules';
import { checkKnownFields } from './knownFields';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkString,
  checkUnique,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const MATCH_TYPES = ['Exact', 'RegularExpression'];
const PATH_TYPES = ['Exact', 'PathPrefix', 'RegularExpression'];

/** headers or queryParams of a match: at most 16 distinct names by pattern, values by length. */
function checkNameValues(
  report: Report,
  field: string,
  entries: unknown,
  maxValue: number,
) {
  checkMaxItems(report, field, entries, 16);
  checkUnique(report, field, entries, 'name');
  asArray(entries).forEach((entry, i) => {
    const at = `${field}[${i}]`;
    checkString(report, `${at}.name`, entry?.name ?? '', checkHeaderName);
    checkString(report, `${at}.value`, entry?.value ?? '', v =>
      checkLength(v, 1, maxValue),
    );
    checkEnum(report, `${at}.type`, entry?.type, MATCH_TYPES);
  });
}

/** One match of an HTTPRoute rule: path (the CEL rules), headers, queryParams, method. */
export function checkHttpMatch(report: Report, field: string, match: any) {
  checkKnownFields(
    report,
    field,
    match,
    ['path', 'headers', 'queryParams', 'method'],
    'HTTPRoute match',
  );
  const path = match?.path;
  if (path) {
    checkEnum(report, `${field}.path.type`, path.type, PATH_TYPES);
    const type = path.type ?? 'PathPrefix';
    const value = `${field}.path.value`;
    if (type === 'RegularExpression') {
      checkString(report, value, path.value, v => checkLength(v, 0, 1024));
    } else if (type === 'Exact' || type === 'PathPrefix') {
      checkString(
        report,
        value,
        path.value ?? '/',
        checkHttpPath,
        'InvalidPath',
      );
    }
  }
  checkNameValues(report, `${field}.headers`, match?.headers, 4096);
  checkNameValues(report, `${field}.queryParams`, match?.queryParams, 1024);
  checkEnum(report, `${field}.method`, match?.method, HTTP_METHODS);
}

/** One match of a GRPCRoute rule: method (service/method patterns for Exact) and headers. */
export function checkGrpcMatch(report: Report, field: string, match: any) {
  checkKnownFields(
    report,
    field,
    match,
    ['method', 'headers'],
    'GRPCRoute match',
  );
  const method = match?.method;
  if (method) {
    const at = `${field}.method`;
    checkEnum(report, `${at}.type`, method.type, MATCH_TYPES);
    if (!method.service && !method.method) {
      report(at, 'must set service, method or both');
    }
    if ((method.type ?? 'Exact') === 'Exact') {
      checkString(
        report,
        `${at}.service`,
        method.service,
        checkGrpcServiceName,
      );
      checkString(report, `${at}.method`, method.method, checkGrpcMethodName);
    } else {
      const length = (v: string) => checkLength(v, 0, 1024);
      checkString(report, `${at}.service`, method.service, length);
      checkString(report, `${at}.method`, method.method, length);
    }
  }
  checkNameValues(report, `${field}.headers`, match?.headers, 4096);
}
