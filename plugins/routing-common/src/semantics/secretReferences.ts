import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { Inventory, ListenerOwner, ObjectReference } from './model';
import { referenceAllowed } from './referenceGrants';

/** What judging a reference to a certificate Secret reads: grants and the Secrets known. */
export type SecretReferences = Pick<
  Inventory,
  'referenceGrants' | 'secrets' | 'secretsChecked'
>;

/**
 * Why a reference to a Secret holding a certificate and key cannot be used: `kind` when it is
 * not a core Secret, `grant` when it is in another namespace that no ReferenceGrant opens to
 * the referrer, `secret` when the Secret is missing (and Secrets are known) or holds no PEM
 * certificate and key.
 */
export interface SecretReferenceProblem {
  cause: 'kind' | 'grant' | 'secret';
  message: string;
}

/**
 * Checks a certificateRef or clientCertificateRef of a Gateway or ListenerSet (`owner`, whose
 * namespace the Secret defaults to). `where` starts the message (`listener https of infra/gw`)
 * and `role` says what the Secret serves as (`certificate`, `client certificate`).
 */
export function secretReferenceProblem(
  owner: ListenerOwner,
  ref: ObjectReference,
  references: SecretReferences,
  where: string,
  role: string,
): SecretReferenceProblem | undefined {
  const group = ref.group ?? '';
  const kind = ref.kind ?? 'Secret';
  const namespace = ref.namespace ?? owner.namespace;
  const ownerKind = owner.kind ?? 'Gateway';
  if (group !== '' || kind !== 'Secret') {
    return {
      cause: 'kind',
      message: `${where} refers to a ${kind}${
        group ? ` of group ${group}` : ''
      } named ${ref.name} as its ${role}; only core Secrets are supported`,
    };
  }
  const allowed = referenceAllowed(
    references.referenceGrants,
    { group: GATEWAY_API_GROUP, kind: ownerKind, namespace: owner.namespace },
    { group: '', kind: 'Secret', namespace, name: ref.name },
  );
  if (!allowed) {
    return {
      cause: 'grant',
      message: `${where} uses Secret ${namespace}/${ref.name}, but no ReferenceGrant in ${namespace} lets ${ownerKind}s from ${owner.namespace} use it`,
    };
  }
  const key = `${namespace}/${ref.name}`;
  const facts = references.secrets.get(key);
  if (!facts && references.secretsChecked) {
    return {
      cause: 'secret',
      message: `${where} uses Secret ${key} as its ${role}, which does not exist`,
    };
  }
  if (facts?.certificate === 'invalid') {
    return {
      cause: 'secret',
      message: `${where} uses Secret ${key} as its ${role}, but ${facts.problem}`,
    };
  }
  return undefined;
}
