import {
  checkDnsSubdomain,
  checkGroup,
  checkKind,
  checkLength,
} from './fieldRules';
import { checkWildcardHostname } from './hostnameRules';
import { checkKnownFields } from './knownFields';
import { checkLabelSelector } from './labelSelectorFields';
import { checkObjectRef } from './referenceFields';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkMinItems,
  checkRequired,
  checkString,
  checkStringMap,
  checkWholeNumber,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const PROTOCOL =
  /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9]+$/;

function checkProtocol(value: string): string | undefined {
  return (
    checkLength(value, 1, 255) ??
    (PROTOCOL.test(value)
      ? undefined
      : 'must be a protocol name such as HTTPS, or a domain-prefixed one such as "example.com/proto"')
  );
}

function checkListenerTls(report: Report, field: string, tls: any) {
  if (!tls) return;
  checkKnownFields(
    report,
    field,
    tls,
    ['mode', 'certificateRefs', 'options'],
    'listener tls',
  );
  checkEnum(report, `${field}.mode`, tls.mode, ['Terminate', 'Passthrough']);
  checkMaxItems(report, `${field}.certificateRefs`, tls.certificateRefs, 64);
  asArray(tls.certificateRefs).forEach((ref, i) =>
    checkObjectRef(report, `${field}.certificateRefs[${i}]`, ref, {
      namespace: true,
    }),
  );
  checkStringMap(report, `${field}.options`, tls.options, 16, 4096);
  const terminates = (tls.mode ?? 'Terminate') === 'Terminate';
  if (
    terminates &&
    asArray(tls.certificateRefs).length === 0 &&
    Object.keys(tls.options ?? {}).length === 0
  ) {
    report(
      field,
      'must give certificateRefs or options when mode is Terminate (the default)',
    );
  }
}

function checkAllowedRoutes(report: Report, field: string, allowed: any) {
  if (!allowed) return;
  checkKnownFields(
    report,
    field,
    allowed,
    ['namespaces', 'kinds'],
    'allowedRoutes',
  );
  checkMaxItems(report, `${field}.kinds`, allowed.kinds, 8);
  asArray(allowed.kinds).forEach((kind, i) => {
    const at = `${field}.kinds[${i}]`;
    checkString(report, `${at}.group`, kind?.group, checkGroup);
    checkRequired(report, `${at}.kind`, kind?.kind);
    checkString(report, `${at}.kind`, kind?.kind, checkKind);
  });
  checkEnum(report, `${field}.namespaces.from`, allowed.namespaces?.from, [
    'All',
    'Selector',
    'Same',
  ]);
  checkLabelSelector(
    report,
    `${field}.namespaces.selector`,
    allowed.namespaces?.selector,
  );
}

const LISTENER_FIELDS = [
  'name',
  'hostname',
  'port',
  'protocol',
  'tls',
  'allowedRoutes',
];

function checkListener(report: Report, field: string, listener: any) {
  checkKnownFields(report, field, listener, LISTENER_FIELDS, 'Listener');
  checkRequired(report, `${field}.name`, listener?.name);
  checkString(report, `${field}.name`, listener?.name, checkDnsSubdomain);
  checkString(
    report,
    `${field}.hostname`,
    listener?.hostname,
    checkWildcardHostname,
    'InvalidHostname',
  );
  checkRequired(report, `${field}.port`, listener?.port);
  checkWholeNumber(report, `${field}.port`, listener?.port, 1, 65535);
  checkRequired(report, `${field}.protocol`, listener?.protocol);
  checkString(report, `${field}.protocol`, listener?.protocol, checkProtocol);
  checkListenerTls(report, `${field}.tls`, listener?.tls);
  checkAllowedRoutes(report, `${field}.allowedRoutes`, listener?.allowedRoutes);
  const protocol = listener?.protocol;
  if (
    ['HTTP', 'TCP', 'UDP'].includes(protocol) &&
    listener?.tls !== undefined
  ) {
    report(`${field}.tls`, `must not be set for protocol ${protocol}`);
  }
  const mode = listener?.tls ? listener.tls.mode ?? 'Terminate' : undefined;
  if (protocol === 'HTTPS' && mode !== undefined && mode !== 'Terminate') {
    report(`${field}.tls.mode`, 'must be Terminate for protocol HTTPS');
  }
  if (protocol === 'TLS' && mode === undefined) {
    report(`${field}.tls`, 'must be set (with a mode) for protocol TLS');
  }
  if (['TCP', 'UDP'].includes(protocol) && (listener?.hostname ?? '') !== '') {
    report(`${field}.hostname`, `must not be set for protocol ${protocol}`);
  }
}

/**
 * The listeners of a Gateway or ListenerSet: 1 to 64, each valid (name, hostname, port 1-65535,
 * protocol, tls as the protocol allows, allowedRoutes), and the list's CEL rules: distinct
 * names, and distinct combinations of port, protocol and hostname.
 */
export function checkListeners(
  report: Report,
  field: string,
  listeners: unknown,
) {
  checkRequired(report, field, listeners);
  checkMinItems(report, field, listeners, 1);
  checkMaxItems(report, field, listeners, 64);
  const list = asArray(listeners);
  list.forEach((listener, i) =>
    checkListener(report, `${field}[${i}]`, listener),
  );
  list.forEach((listener, i) => {
    const earlier = list.slice(0, i);
    if (earlier.some(other => other?.name === listener?.name)) {
      report(
        `${field}[${i}].name`,
        `must be unique: "${listener?.name}" is already a listener`,
      );
    }
    const clash = earlier.findIndex(
      other =>
        other?.port === listener?.port &&
        other?.protocol === listener?.protocol &&
        other?.hostname === listener?.hostname,
    );
    if (clash >= 0) {
      report(
        `${field}[${i}]`,
        `must not repeat the port, protocol and hostname of ${field}[${clash}]`,
      );
    }
  });
}
