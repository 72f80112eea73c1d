import { makeValidator, parseEntityRef } from '@backstage/catalog-model';
import { exposureKind } from '../exposure/exposureKinds';
import { ExposureRequest } from '../types/exposure';
import { Finding } from '../types/findings';
import { ExposureFindingCodes as Codes } from './exposureCodes';
import { ruleFindings, valueFindings } from './exposureFindings';
import {
  checkDnsLabel,
  checkDnsSubdomain,
  checkPort,
  checkServiceName,
} from './fieldRules';
import { unsafeValueFindings } from './unsafeValues';

const catalogNames = makeValidator();

/**
 * An entity reference with a valid kind, namespace and name, such as `component:default/storefront`.
 *
 * @public
 */
export function checkEntityRef(entityRef: string): string | undefined {
  const example = 'such as "component:default/storefront"';
  let ref;
  try {
    ref = parseEntityRef(entityRef);
  } catch (e) {
    return `must be an entity reference ${example} (${(e as Error).message})`;
  }
  if (!catalogNames.isValidKind(ref.kind)) {
    return `must be an entity reference ${example}: "${ref.kind}" is not a valid kind`;
  }
  if (!catalogNames.isValidNamespace(ref.namespace)) {
    return `must be an entity reference ${example}: "${ref.namespace}" is not a valid namespace`;
  }
  if (!catalogNames.isValidEntityName(ref.name)) {
    return `must be an entity reference ${example}: "${ref.name}" is not a valid entity name`;
  }
  return undefined;
}

/** The rules on the fields every exposure type reads. */
function commonFindings(request: ExposureRequest): Finding[] {
  return [
    ...ruleFindings(
      Codes.InvalidEntityRef,
      'entityRef',
      checkEntityRef(request.entityRef),
    ),
    ...ruleFindings(
      Codes.InvalidName,
      'cluster',
      checkDnsSubdomain(request.cluster),
    ),
    ...ruleFindings(
      Codes.InvalidName,
      'namespace',
      checkDnsLabel(request.namespace),
    ),
    ...valueFindings(
      Codes.InvalidName,
      'name',
      request.name,
      checkDnsSubdomain,
    ),
    ...ruleFindings(
      Codes.InvalidName,
      'service.name',
      checkServiceName(request.service.name),
    ),
    ...ruleFindings(
      Codes.InvalidPort,
      'service.port',
      checkPort(request.service.port),
    ),
  ];
}

/**
 * Checks the values of a structurally valid exposure request against the rules that the
 * Kubernetes API server, the Gateway API CRDs and Istio would enforce, and Portway's own (limits,
 * fields the type needs or does not use, values unsafe in YAML or templates), so that nothing is
 * written that the cluster would reject or that would silently be ignored. Every finding is an
 * error naming its field, `<field> <rule>`; a field with an unsafe value gets only that finding.
 *
 * @public
 */
export function validateExposureRequest(request: ExposureRequest): Finding[] {
  const unsafe = unsafeValueFindings(request);
  const unsafeFields = new Set(unsafe.map(finding => finding.field));
  const rules = [
    ...commonFindings(request),
    ...exposureKind(request.type).validate(request),
  ].filter(finding => !unsafeFields.has(finding.field));
  return [...unsafe, ...rules];
}
