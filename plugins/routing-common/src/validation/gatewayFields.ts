import { checkLength } from './fieldRules';
import { checkWildcardHostname } from './hostnameRules';
import { checkKnownFields } from './knownFields';
import { checkGatewayInfrastructure } from './gatewayInfrastructureFields';
import { checkGatewayTls } from './gatewayTlsFields';
import { checkLabelSelector } from './labelSelectorFields';
import { checkListeners } from './listenerFields';
import type { Report } from './routeFieldReport';
import {
  checkEnum,
  checkMaxItems,
  checkRequired,
  checkString,
} from './routeFieldReport';
import { asArray } from '../kubernetes/objectFields';

const SPEC_FIELDS = [
  'gatewayClassName',
  'listeners',
  'addresses',
  'infrastructure',
  'allowedListeners',
  'tls',
];

// As written in the CRD: the anchors bind only to the first and last alternatives.
const ADDRESS_TYPE =
  /^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

function checkAddressType(value: string): string | undefined {
  return (
    checkLength(value, 1, 253) ??
    (ADDRESS_TYPE.test(value)
      ? undefined
      : 'must be IPAddress, Hostname, NamedAddress or a domain-prefixed type such as "example.com/vip"')
  );
}

/** addresses: at most 16, Hostname values of the hostname pattern, no value twice per type. */
function checkAddresses(report: Report, addresses: unknown) {
  const field = 'spec.addresses';
  checkMaxItems(report, field, addresses, 16);
  const list = asArray(addresses);
  list.forEach((address, i) => {
    const at = `${field}[${i}]`;
    const type = address?.type ?? 'IPAddress';
    checkString(report, `${at}.type`, address?.type, checkAddressType);
    checkString(report, `${at}.value`, address?.value, v =>
      checkLength(v, 0, 253),
    );
    if (type === 'Hostname') {
      checkString(report, `${at}.value`, address?.value, checkWildcardHostname);
    }
    const repeated = list
      .slice(0, i)
      .some(
        other =>
          (other?.type ?? 'IPAddress') === type &&
          other?.value !== undefined &&
          other.value === address?.value,
      );
    if (repeated && ['IPAddress', 'Hostname'].includes(type)) {
      report(
        `${at}.value`,
        `must be unique: ${type} "${address.value}" is listed before`,
      );
    }
  });
}

/**
 * A Gateway's spec (v1): gatewayClassName, 1 to 64 listeners, addresses, allowedListeners
 * (which namespaces' ListenerSets may attach), infrastructure and tls.
 */
export function checkGateway(report: Report, spec: any) {
  checkKnownFields(report, 'spec', spec, SPEC_FIELDS, 'Gateway spec');
  checkRequired(report, 'spec.gatewayClassName', spec.gatewayClassName);
  checkString(report, 'spec.gatewayClassName', spec.gatewayClassName, v =>
    checkLength(v, 1, 253),
  );
  checkListeners(report, 'spec.listeners', spec.listeners);
  checkAddresses(report, spec.addresses);
  checkEnum(
    report,
    'spec.allowedListeners.namespaces.from',
    spec.allowedListeners?.namespaces?.from,
    ['All', 'Selector', 'Same', 'None'],
  );
  checkGatewayInfrastructure(report, spec.infrastructure);
  checkGatewayTls(report, spec.tls);
  checkLabelSelector(
    report,
    'spec.allowedListeners.namespaces.selector',
    spec.allowedListeners?.namespaces?.selector,
  );
}
