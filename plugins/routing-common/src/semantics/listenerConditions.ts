import type { RouteCondition } from '../types/routes';
import { condition, listWords } from './conditions';
import { judgeClientValidation } from './frontendValidation';
import type {
  ClientValidationVerdict,
  FrontendReferences,
} from './frontendValidation';
import { listenerConflicts } from './listenerConflicts';
import type { ListenerConflict } from './listenerConflicts';
import { listenerKinds, protocolSupported } from './listenerKinds';
import type { GatewayModel, ListenerOwner, ListenerSpec } from './model';
import { secretReferenceProblem } from './secretReferences';
import type { SecretReferences } from './secretReferences';

/** A listener with the verdict an implementation would give it. */
export interface ListenerJudgement {
  listener: ListenerSpec;
  /** Route kinds (Gateway API group) that may attach. */
  supportedKinds: string[];
  /** Whether routes can attach at all (the listener is Accepted). */
  accepted: boolean;
  /** Accepted, Programmed and ResolvedRefs. */
  conditions: RouteCondition[];
}

interface Problem {
  reason: string;
  message: string;
}

/** What judging a listener reads besides the Gateway: grants, and the Secrets and ConfigMaps known. */
export type ListenerReferences = SecretReferences & FrontendReferences;

/** `listener <name> of <ns>/<name>`, with `ListenerSet` before a ListenerSet's name. */
function listenerWhere(owner: ListenerOwner, listener: ListenerSpec): string {
  const kind = owner.kind ? `${owner.kind} ` : '';
  return `listener ${listener.name} of ${kind}${owner.namespace}/${owner.name}`;
}

/** Problems with the TLS certificate references of a listener that terminates TLS. */
function certificateProblems(
  gateway: ListenerOwner,
  listener: ListenerSpec,
  references: ListenerReferences,
): Problem[] {
  const terminates =
    listener.protocol === 'HTTPS' ||
    (listener.protocol === 'TLS' &&
      (listener.tls?.mode ?? 'Terminate') === 'Terminate');
  if (!terminates) return [];
  const where = listenerWhere(gateway, listener);
  return (listener.tls?.certificateRefs ?? []).flatMap(ref => {
    const problem = secretReferenceProblem(
      gateway,
      ref,
      references,
      where,
      'certificate',
    );
    if (!problem) return [];
    const reason =
      problem.cause === 'grant' ? 'RefNotPermitted' : 'InvalidCertificateRef';
    return [{ reason, message: problem.message }];
  });
}

/**
 * Judges one listener: Accepted (False with UnsupportedProtocol for a protocol no
 * implementation knows), ResolvedRefs (False with InvalidRouteKinds for allowedRoutes.kinds its
 * protocol cannot carry, InvalidCertificateRef for a certificate that is not a Secret, and
 * RefNotPermitted for a Secret in another namespace without a ReferenceGrant) and Programmed
 * (False with Invalid when either of the others is False). A certificate Secret missing or
 * without a PEM certificate and key is InvalidCertificateRef when the Secrets are known
 * (`references.secretsChecked`); otherwise it is not required to be in the input. A listener in conflict with another (see listenerConflicts) gets
 * Conflicted=True and is not accepted; its Programmed=False takes the conflict's reason, as the
 * ListenerSet conformance tests (v1.6.1) expect. `gateway` is the listener's Gateway or
 * ListenerSet: its namespace is where certificate Secrets default to and where ReferenceGrants
 * must let its kind in from. `clientValidation` is what the Gateway's client certificate
 * validation comes to for the listener (see judgeClientValidation): its problems are
 * ResolvedRefs ones, and with no usable CA certificate the listener is not accepted
 * (NoValidCACertificate).
 */
export function judgeListener(
  gateway: ListenerOwner,
  listener: ListenerSpec,
  references: ListenerReferences,
  conflict?: ListenerConflict,
  clientValidation?: ClientValidationVerdict,
): ListenerJudgement {
  const where = listenerWhere(gateway, listener);
  const supportedProtocol = protocolSupported(listener.protocol);
  const noValidCa = clientValidation?.noValidCaCertificate ?? false;
  const accepted = supportedProtocol && !conflict && !noValidCa;
  const kinds = listenerKinds(listener);
  const problems: Problem[] = [];
  if (kinds.invalid.length > 0) {
    problems.push({
      reason: 'InvalidRouteKinds',
      message: `${where} allows route kinds its protocol ${
        listener.protocol
      } cannot carry: ${listWords(kinds.invalid)}`,
    });
  }
  problems.push(...certificateProblems(gateway, listener, references));
  problems.push(...(clientValidation?.problems ?? []));
  const resolved = problems.length === 0;
  let acceptedCondition = condition(
    'Accepted',
    true,
    'Accepted',
    `${where} is valid`,
  );
  if (!supportedProtocol) {
    acceptedCondition = condition(
      'Accepted',
      false,
      'UnsupportedProtocol',
      `${where} uses protocol ${listener.protocol}, which is not supported; use HTTP, HTTPS, TLS, TCP or UDP`,
    );
  } else if (conflict) {
    acceptedCondition = condition(
      'Accepted',
      false,
      conflict.reason,
      `${where} is not accepted: ${conflict.message}`,
    );
  } else if (noValidCa) {
    acceptedCondition = condition(
      'Accepted',
      false,
      'NoValidCACertificate',
      `${where} is not accepted: none of the CA certificates it validates client certificates against can be used`,
    );
  }
  const conditions = [
    acceptedCondition,
    resolved
      ? condition(
          'ResolvedRefs',
          true,
          'ResolvedRefs',
          `${where} resolves all its references`,
        )
      : condition(
          'ResolvedRefs',
          false,
          problems[0].reason,
          problems.map(p => p.message).join('; '),
        ),
    accepted && resolved
      ? condition(
          'Programmed',
          true,
          'Programmed',
          `${where} is ready to be programmed`,
        )
      : condition(
          'Programmed',
          false,
          conflict?.reason ?? 'Invalid',
          `${where} is invalid and cannot be programmed`,
        ),
    ...(conflict
      ? [condition('Conflicted', true, conflict.reason, conflict.message)]
      : []),
  ];
  return {
    listener,
    supportedKinds: supportedProtocol ? kinds.supported : [],
    accepted,
    conditions,
  };
}

/** Judges every listener of a Gateway, each with its conflicts with the others (see judgeListener). */
export function judgeGatewayListeners(
  gateway: GatewayModel,
  references: ListenerReferences,
): ListenerJudgement[] {
  const conflicts = listenerConflicts(gateway);
  return gateway.listeners.map(listener =>
    judgeListener(
      gateway,
      listener,
      references,
      conflicts.get(listener.name),
      judgeClientValidation(gateway, listener, references),
    ),
  );
}
