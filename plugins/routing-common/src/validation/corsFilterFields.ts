import { HTTP_METHODS } from '../gatewayApi/httpMethods';
import { checkHeaderName, checkLength } from './fieldRules';
import { checkKnownFields } from './knownFields';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkString,
  checkUnique,
  checkWholeNumber,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const ORIGIN =
  /(^\*$)|(^(http(s)?):\/\/(((\*\.)?([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+|\*)(:([0-9]{1,5}))?)$)/;

function checkOrigin(value: string): string | undefined {
  const length = checkLength(value, 1, 253);
  if (length) return length;
  if (!ORIGIN.test(value)) {
    return 'must be "*" or an origin "http(s)://host[:port]" whose host may start with "*." or be "*", such as "https://*.example.com"';
  }
  return undefined;
}

/** A CORS list: at most `max` distinct entries, and `*` only on its own (the CEL rule). */
function checkCorsList(
  report: Report,
  field: string,
  list: unknown,
  max: number,
  entry: (report: Report, field: string, value: unknown) => void,
  wildcardAlone: boolean,
) {
  checkMaxItems(report, field, list, max);
  checkUnique(report, field, list);
  asArray(list).forEach((value, i) => entry(report, `${field}[${i}]`, value));
  if (
    wildcardAlone &&
    asArray(list).includes('*') &&
    asArray(list).length > 1
  ) {
    report(field, 'must not list "*" together with other entries');
  }
}

const CORS_FIELDS = [
  'allowOrigins',
  'allowMethods',
  'allowHeaders',
  'exposeHeaders',
  'allowCredentials',
  'maxAge',
];

const headerName = (report: Report, field: string, value: unknown) =>
  checkString(report, field, value, checkHeaderName);

/**
 * An HTTPRoute CORS filter's settings: allowOrigins (origin pattern), allowMethods (HTTP
 * methods or `*`), allowHeaders and exposeHeaders (header names), each a set with `*` only on
 * its own where the CRD says so, allowCredentials a boolean and maxAge at least 1 second.
 */
export function checkCorsFilter(report: Report, field: string, cors: any) {
  if (!cors) return;
  checkKnownFields(report, field, cors, CORS_FIELDS, 'HTTPCORSFilter');
  checkCorsList(
    report,
    `${field}.allowOrigins`,
    cors.allowOrigins,
    64,
    (r, at, v) => checkString(r, at, v, checkOrigin),
    true,
  );
  checkCorsList(
    report,
    `${field}.allowMethods`,
    cors.allowMethods,
    9,
    (r, at, v) => checkEnum(r, at, v, [...HTTP_METHODS, '*']),
    true,
  );
  checkCorsList(
    report,
    `${field}.allowHeaders`,
    cors.allowHeaders,
    64,
    headerName,
    true,
  );
  checkCorsList(
    report,
    `${field}.exposeHeaders`,
    cors.exposeHeaders,
    64,
    headerName,
    false,
  );
  if (
    cors.allowCredentials !== undefined &&
    typeof cors.allowCredentials !== 'boolean'
  ) {
    report(`${field}.allowCredentials`, 'must be true or false');
  }
  checkWholeNumber(report, `${field}.maxAge`, cors.maxAge, 1);
}
