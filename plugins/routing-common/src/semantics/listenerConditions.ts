import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { RouteCondition } from '../types/routes';
import { condition, listWords } from './conditions';
import { listenerConflicts } from './listenerConflicts';
import type { ListenerConflict } from './listenerConflicts';
import { listenerKinds, protocolSupported } from './listenerKinds';
import type {
  GatewayModel,
  Inventory,
  ListenerOwner,
  ListenerSpec,
} from './model';
import { referenceAllowed } from './referenceGrants';

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

/** What judging a listener reads besides the Gateway: grants and the Secrets known. */
export type ListenerReferences = Pick<
  Inventory,
  'referenceGrants' | 'secrets' | 'secretsChecked'
>;

/** Why a permitted certificate Secret cannot be used, when the input tells. */
function secretProblem(
  where: string,
  key: string,
  references: ListenerReferences,
): Problem | undefined {
  const facts = references.secrets.get(key);
  if (!facts) {
    if (!references.secretsChecked) return undefined;
    return {
      reason: 'InvalidCertificateRef',
      message: `${where} uses Secret ${key} as its certificate, which does not exist`,
    };
  }
  if (facts.certificate !== 'invalid') return undefined;
  return {
    reason: 'InvalidCertificateRef',
    message: `${where} uses Secret ${key} as its certificate, but ${facts.problem}`,
  };
}

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
  const problems: Problem[] = [];
  for (const ref of listener.tls?.certificateRefs ?? []) {
    const group = ref.group ?? '';
    const kind = ref.kind ?? 'Secret';
    const namespace = ref.namespace ?? gateway.namespace;
    if (group !== '' || kind !== 'Secret') {
      problems.push({
        reason: 'InvalidCertificateRef',
        message: `${where} refers to a ${kind}${
          group ? ` of group ${group}` : ''
        } named ${
          ref.name
        } as its certificate; only core Secrets are supported`,
      });
    } else if (
      !referenceAllowed(
        references.referenceGrants,
        {
          group: GATEWAY_API_GROUP,
          kind: gateway.kind ?? 'Gateway',
          namespace: gateway.namespace,
        },
        { group: '', kind: 'Secret', namespace, name: ref.name },
      )
    ) {
      problems.push({
        reason: 'RefNotPermitted',
        message: `${where} uses Secret ${namespace}/${
          ref.name
        }, but no ReferenceGrant in ${namespace} lets ${
          gateway.kind ?? 'Gateway'
        }s from ${gateway.namespace} use it`,
      });
    } else {
      const problem = secretProblem(
        where,
        `${namespace}/${ref.name}`,
        references,
      );
      if (problem) problems.push(problem);
    }
  }
  return problems;
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
 * must let its kind in from.
 */
export function judgeListener(
  gateway: ListenerOwner,
  listener: ListenerSpec,
  references: ListenerReferences,
  conflict?: ListenerConflict,
): ListenerJudgement {
  const where = listenerWhere(gateway, listener);
  const supportedProtocol = protocolSupported(listener.protocol);
  const accepted = supportedProtocol && !conflict;
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
    judgeListener(gateway, listener, references, conflicts.get(listener.name)),
  );
}
