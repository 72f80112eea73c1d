import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkGroup,
  checkKind,
  checkLength,
  checkPort,
} from './fieldRules';
import { checkKnownFields } from './knownFields';
import type { Report } from './routeFieldReport';
import {
  checkRequired,
  checkString,
  checkWholeNumber,
} from './routeFieldReport';

/** Which parts of an object reference the CRD types carry and require. */
export interface ReferenceShape {
  /** The reference may name a namespace. */
  namespace?: boolean;
  /** group and kind must be written (they have no default). */
  groupKindRequired?: boolean;
}

/** group, kind, name (1-253 characters, required) and, where the type has one, namespace. */
export function checkObjectRef(
  report: Report,
  field: string,
  ref: any,
  shape: ReferenceShape = {},
) {
  if (shape.groupKindRequired) {
    checkRequired(report, `${field}.group`, ref?.group);
    checkRequired(report, `${field}.kind`, ref?.kind);
  }
  checkString(report, `${field}.group`, ref?.group, checkGroup);
  checkString(report, `${field}.kind`, ref?.kind, checkKind);
  if (shape.namespace) {
    checkString(report, `${field}.namespace`, ref?.namespace, checkDnsLabel);
  }
  checkString(report, `${field}.name`, ref?.name ?? '', v =>
    checkLength(v, 1, 253),
  );
}

function checkRefPort(report: Report, field: string, port: unknown) {
  if (port === undefined) return;
  report(
    field,
    Number.isInteger(port)
      ? checkPort(port as number)
      : 'must be a whole number from 1 to 65535',
  );
}

const OBJECT_REF_FIELDS = ['group', 'kind', 'namespace', 'name'];
const PARENT_REF_FIELDS = [...OBJECT_REF_FIELDS, 'sectionName', 'port'];
const BACKEND_REF_FIELDS = [...OBJECT_REF_FIELDS, 'port'];

/** A route's parentRef: an object reference with sectionName and port. */
export function checkParentRef(report: Report, field: string, ref: any) {
  checkKnownFields(report, field, ref, PARENT_REF_FIELDS, 'ParentReference');
  checkObjectRef(report, field, ref, { namespace: true });
  checkRefPort(report, `${field}.port`, ref?.port);
  checkString(
    report,
    `${field}.sectionName`,
    ref?.sectionName,
    checkDnsSubdomain,
  );
}

/** Where a backend reference sits: a rule's backendRefs carry a weight, HTTP and gRPC ones filters. */
export interface BackendRefShape {
  /** The reference has `weight` (a route rule's backendRefs). */
  weighted?: boolean;
  /** The reference has `filters` (HTTPRoute and GRPCRoute backendRefs; checked by the caller). */
  filters?: boolean;
}

/**
 * A backend reference (a request mirror's backendRef, or a rule's backendRef): a Service
 * reference (group "" and kind Service, the defaults) must give a port.
 */
export function checkBackendRef(
  report: Report,
  field: string,
  ref: any,
  { weighted = false, filters = false }: BackendRefShape = {},
) {
  const known = [
    ...BACKEND_REF_FIELDS,
    ...(weighted ? ['weight'] : []),
    ...(filters ? ['filters'] : []),
  ];
  checkKnownFields(report, field, ref, known, 'BackendRef');
  checkObjectRef(report, field, ref, { namespace: true });
  checkRefPort(report, `${field}.port`, ref?.port);
  if (weighted) {
    checkWholeNumber(report, `${field}.weight`, ref?.weight, 0, 1000000);
  }
  const isService =
    (ref?.group ?? '') === '' && (ref?.kind ?? 'Service') === 'Service';
  if (isService && ref?.port === undefined) {
    report(`${field}.port`, 'must be set for a Service reference');
  }
}
