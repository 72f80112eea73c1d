import type { Finding } from '../types/findings';
import type { RouteCondition } from '../types/routes';
import { condition, listWords } from './conditions';
import { insecureFrontendValidation } from './frontendValidation';
import { gatewayResolvedRefs } from './gatewayResolvedRefs';
import type { ListenerJudgement } from './listenerConditions';
import type { GatewayModel, ListenerOwner } from './model';
import type { SecretReferences } from './secretReferences';

/** Whether a listener can be configured: an implementation would program it (Programmed=True). */
function listenerValid(judgement: ListenerJudgement): boolean {
  return judgement.conditions.some(
    c => c.type === 'Programmed' && c.status === 'True',
  );
}

/** `name (Reason)` for an invalid listener: the reason of its first failing condition. */
function describeInvalid(judgement: ListenerJudgement): string {
  const failing = judgement.conditions.find(
    c =>
      (c.type === 'Conflicted' && c.status === 'True') ||
      (c.type !== 'Conflicted' && c.status === 'False'),
  );
  return `${judgement.listener.name}${failing ? ` (${failing.reason})` : ''}`;
}

const listeners = (names: string[]) =>
  `listener${names.length === 1 ? '' : 's'} ${listWords(names)}`;

/**
 * The Gateway's Accepted condition from its listeners' verdicts. The Gateway CRD (v1.6.1,
 * spec.listeners) says:
 *
 * > Implementations MAY choose to accept a Gateway with some Conflicted Listeners only if they
 * > only accept the partial Listener set that contains no Conflicted Listeners. [...]
 * > At least one distinct Listener MUST be present, or else the Gateway effectively contains
 * > _no_ Listeners, and must be rejected from processing as a whole.
 * >
 * > The implementation MUST set a "ListenersNotValid" condition on the Gateway Status when the
 * > Gateway contains Conflicted Listeners whether or not they accept the Gateway. That
 * > Condition SHOULD clearly indicate in the Message which Listeners are conflicted, and which
 * > are Accepted.
 *
 * and the API's GatewayReasonListenersNotValid: "one or more Listeners have an invalid or
 * unsupported configuration and cannot be configured on the Gateway. This can be the reason
 * when "Accepted" is "True" or "False", depending on whether the listener being invalid causes
 * the entire Gateway to not be accepted."
 *
 * So, taking the partial-acceptance option for every listener that cannot be configured
 * (Programmed=False: not accepted, conflicted, or references unresolved): all valid is
 * True/Accepted; some valid is True/ListenersNotValid; none valid (or no listener) is
 * False/ListenersNotValid. InvalidParameters (infrastructure.parametersRef) and
 * UnsupportedAddress (spec.addresses) depend on the implementation and are not judged.
 *
 * A ListenerSet's Accepted follows the same rule (its API's ListenerSetReasonListenersNotValid
 * reads like the Gateway's), which the ListenerSet conformance tests bear out: one conflicted
 * listener of three leaves it Accepted, its only listener conflicted or with a refused
 * certificate makes it False/ListenersNotValid.
 */
export function gatewayAccepted(
  gateway: ListenerOwner,
  judgements: ListenerJudgement[],
): RouteCondition {
  const where = `${gateway.kind ?? 'Gateway'} ${gateway.namespace}/${
    gateway.name
  }`;
  const valid = judgements.filter(listenerValid).map(j => j.listener.name);
  const invalid = judgements
    .filter(j => !listenerValid(j))
    .map(describeInvalid);
  if (judgements.length === 0) {
    return condition(
      'Accepted',
      false,
      'ListenersNotValid',
      `${where} has no listeners`,
    );
  }
  if (invalid.length === 0) {
    return condition('Accepted', true, 'Accepted', `${where} is valid`);
  }
  const notValid = `${listeners(invalid)} ${
    invalid.length === 1 ? 'is' : 'are'
  } not valid`;
  if (valid.length === 0) {
    return condition(
      'Accepted',
      false,
      'ListenersNotValid',
      `${where} is not accepted: ${notValid} and no valid listener is left`,
    );
  }
  return condition(
    'Accepted',
    true,
    'ListenersNotValid',
    `${where} is accepted with ${listeners(valid)} only; ${notValid}`,
  );
}

/**
 * The Gateway's Programmed condition: False with Invalid when the Gateway is not accepted
 * (GatewayReasonInvalid: "the Gateway is syntactically or semantically invalid"); otherwise
 * True with Programmed. Programmed=True means configuration "assumed to be ready soon in the
 * underlying data plane"; whether a controller can in fact assign addresses (AddressNotAssigned,
 * AddressNotUsable) or find resources (NoResources) is a cluster matter an offline analysis
 * cannot see, so the True message says so rather than claiming addresses.
 */
export function gatewayProgrammed(
  gateway: GatewayModel,
  accepted: RouteCondition,
): RouteCondition {
  const where = `Gateway ${gateway.namespace}/${gateway.name}`;
  if (accepted.status !== 'True') {
    return condition(
      'Programmed',
      false,
      'Invalid',
      `${where} is not accepted and cannot be programmed`,
    );
  }
  const requested = (gateway.addresses ?? [])
    .map(a => a.value)
    .filter((v): v is string => Boolean(v));
  const addresses =
    requested.length > 0
      ? `whether the requested addresses ${listWords(
          requested,
        )} can be used is not known offline`
      : 'the addresses it would get are not known offline';
  return condition(
    'Programmed',
    true,
    'Programmed',
    `${where} would be programmed by a controller; ${addresses}`,
  );
}

/**
 * The Gateway-level conditions: Accepted and Programmed, then ResolvedRefs when the Gateway has
 * a backend client certificate (see gatewayResolvedRefs) and InsecureFrontendValidationMode
 * when it lets clients in without a valid certificate (see insecureFrontendValidation).
 */
export function gatewayConditions(
  gateway: GatewayModel,
  judgements: ListenerJudgement[],
  references: SecretReferences,
): RouteCondition[] {
  const accepted = gatewayAccepted(gateway, judgements);
  const optional = [
    gatewayResolvedRefs(gateway, judgements, references),
    insecureFrontendValidation(gateway),
  ].filter((c): c is RouteCondition => c !== undefined);
  return [accepted, gatewayProgrammed(gateway, accepted), ...optional];
}

/**
 * Findings on a Gateway's own conditions: an error for a ResolvedRefs=False of its own
 * references (ListenersNotResolved only repeats the listeners' findings), a warning while
 * InsecureFrontendValidationMode is True. Accepted and Programmed follow the listeners, whose
 * findings say why.
 */
export function gatewayFindings(conditions: RouteCondition[]): Finding[] {
  return conditions.flatMap((c): Finding[] => {
    if (
      c.type === 'ResolvedRefs' &&
      c.status === 'False' &&
      c.reason !== 'ListenersNotResolved'
    )
      return [{ severity: 'error', code: c.reason, message: c.message }];
    if (c.type === 'InsecureFrontendValidationMode' && c.status === 'True')
      return [{ severity: 'warning', code: c.type, message: c.message }];
    return [];
  });
}
