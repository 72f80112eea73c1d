import type { RouteCondition } from '../types/routes';
import { condition, listWords } from './conditions';
import type { ListenerJudgement } from './listenerConditions';
import type { GatewayModel } from './model';
import { secretReferenceProblem } from './secretReferences';
import type { SecretReferences } from './secretReferences';

/**
 * The Gateway's own ResolvedRefs condition, set when it has a spec.tls.backend
 * clientCertificateRef (the API marks the condition experimental in v1.6.1, and
 * implementations of GatewayBackendClientCertificate are the ones that set it). After
 * GatewayBackendTLS.clientCertificateRef: a reference that is not a core Secret, or a Secret
 * missing or without `tls.crt` and `tls.key`, is False with InvalidClientCertificateRef; one to
 * another namespace without a ReferenceGrant is False with RefNotPermitted. Otherwise it is the
 * "positive-polarity summary" of the listeners' ResolvedRefs: False with ListenersNotResolved
 * while one of them is False. It does not change the Gateway's Accepted or Programmed.
 */
export function gatewayResolvedRefs(
  gateway: GatewayModel,
  judgements: ListenerJudgement[],
  references: SecretReferences,
): RouteCondition | undefined {
  const ref = gateway.tls?.backend?.clientCertificateRef;
  if (!ref) return undefined;
  const where = `Gateway ${gateway.namespace}/${gateway.name}`;
  const problem = secretReferenceProblem(
    gateway,
    ref,
    references,
    `${where} (spec.tls.backend.clientCertificateRef)`,
    'client certificate',
  );
  if (problem) {
    const reason =
      problem.cause === 'grant'
        ? 'RefNotPermitted'
        : 'InvalidClientCertificateRef';
    return condition('ResolvedRefs', false, reason, problem.message);
  }
  const unresolved = judgements
    .filter(j =>
      j.conditions.some(c => c.type === 'ResolvedRefs' && c.status === 'False'),
    )
    .map(j => j.listener.name);
  if (unresolved.length > 0) {
    return condition(
      'ResolvedRefs',
      false,
      'ListenersNotResolved',
      `${where}: listener${unresolved.length === 1 ? '' : 's'} ${listWords(
        unresolved,
      )} do${unresolved.length === 1 ? 'es' : ''} not resolve ${
        unresolved.length === 1 ? 'its' : 'their'
      } references`,
    );
  }
  return condition(
    'ResolvedRefs',
    true,
    'ResolvedRefs',
    `${where} resolves its backend client certificate and its listeners' references`,
  );
}
