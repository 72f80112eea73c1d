import type { RouteCondition } from '../types/routes';
import { condition } from './conditions';
import type { BackendTlsPolicyModel } from './backendTlsPoliciesModel';
import type { Inventory } from './model';

/** Why a policy is not accepted, wherever it applies. */
export interface PolicyRejection {
  reason: 'Invalid' | 'NoValidCACertificate';
  message: string;
  /** Where in the policy the problem sits, e.g. `spec.validation.hostname`. */
  field: string;
  /**
   * A CRD validation rule refuses it: the API server never stores such a policy, and the field
   * checks (validateRouteFields) report it, so the analysis adds no finding of its own.
   */
  refusedByApiServer?: boolean;
}

/** One caCertificateRef that does not resolve. */
export interface CaRefProblem {
  reason: 'InvalidKind' | 'InvalidCACertificateRef';
  message: string;
  field: string;
}

/** What a policy's own spec says, before targets, conflicts and ancestors are considered. */
export interface PolicyValidity {
  /** Why the policy is rejected; undefined when nothing in its spec is. */
  rejection?: PolicyRejection;
  /** The ResolvedRefs condition: True, or False with the first broken reference's reason. */
  resolvedRefs: RouteCondition;
  /** Every caCertificateRef that does not resolve. */
  caRefProblems: CaRefProblem[];
  /** Whether the caCertificateRefs could be checked (the input holds ConfigMaps). */
  caRefsChecked: boolean;
}

const VALIDATION = 'spec.validation';

/**
 * A caCertificateRef's problem: core support is a ConfigMap (group `""`) in the policy's
 * namespace, holding a PEM bundle in `ca.crt`; any other kind is InvalidKind (other kinds are
 * implementation-specific support), a missing or malformed ConfigMap InvalidCACertificateRef.
 */
function caRefProblem(
  policy: BackendTlsPolicyModel,
  ref: { group?: string; kind?: string; name: string },
  index: number,
  caBundles: Inventory['caBundles'],
): CaRefProblem | undefined {
  const field = `${VALIDATION}.caCertificateRefs[${index}]`;
  const group = ref.group ?? '';
  const kind = ref.kind ?? '';
  if (group !== '' || kind !== 'ConfigMap') {
    return {
      reason: 'InvalidKind',
      field,
      message: `${field} refers to ${ref.name} of kind ${
        kind || '(none)'
      } in group ${
        group || 'core'
      }; only core ConfigMaps are supported as CA certificates`,
    };
  }
  if (!caBundles) return undefined;
  const key = `${policy.namespace}/${ref.name}`;
  const facts = caBundles.get(key);
  if (!facts) {
    return {
      reason: 'InvalidCACertificateRef',
      field,
      message: `${field} refers to ConfigMap ${key}, which does not exist`,
    };
  }
  if (facts.certificate === 'invalid') {
    return {
      reason: 'InvalidCACertificateRef',
      field,
      message: `${field} refers to ConfigMap ${key}, but ${facts.problem}`,
    };
  }
  return undefined;
}

/**
 * Checks what the API server's CEL rules check (exactly one of caCertificateRefs and
 * wellKnownCACertificates; a hostname), so that manifests never applied are judged too; then
 * wellKnownCACertificates: `System` is implementation-specific support and predicted accepted,
 * other (prefixed) names belong to one implementation and are predicted Invalid, as the spec
 * requires of an implementation that does not recognise them. Then the caCertificateRefs: one
 * broken makes ResolvedRefs False; all broken also rejects the policy (NoValidCACertificate).
 */
export function policyValidity(
  policy: BackendTlsPolicyModel,
  inventory: Pick<Inventory, 'caBundles'>,
): PolicyValidity {
  const { caCertificateRefs, wellKnownCACertificates, hostname } =
    policy.validation;
  const caRefProblems = caCertificateRefs
    .map((ref, i) => caRefProblem(policy, ref, i, inventory.caBundles))
    .filter((p): p is CaRefProblem => p !== undefined);
  const resolvedRefs =
    caRefProblems.length === 0
      ? condition(
          'ResolvedRefs',
          true,
          'ResolvedRefs',
          'all CA certificate references resolve',
        )
      : condition(
          'ResolvedRefs',
          false,
          caRefProblems[0].reason,
          caRefProblems.map(p => p.message).join('; '),
        );
  const validity = {
    resolvedRefs,
    caRefProblems,
    caRefsChecked: inventory.caBundles !== undefined,
  };
  const reject = (
    reason: PolicyRejection['reason'],
    field: string,
    message: string,
    refusedByApiServer = false,
  ): PolicyValidity => ({
    ...validity,
    rejection: {
      reason,
      field,
      message,
      ...(refusedByApiServer ? { refusedByApiServer } : {}),
    },
  });
  if (caCertificateRefs.length > 0 && wellKnownCACertificates) {
    return reject(
      'Invalid',
      VALIDATION,
      'spec.validation must not contain both caCertificateRefs and wellKnownCACertificates',
      true,
    );
  }
  if (caCertificateRefs.length === 0 && !wellKnownCACertificates) {
    return reject(
      'Invalid',
      VALIDATION,
      'spec.validation must specify either caCertificateRefs or wellKnownCACertificates',
      true,
    );
  }
  if (!hostname) {
    return reject(
      'Invalid',
      `${VALIDATION}.hostname`,
      'spec.validation.hostname is required: it is the SNI sent to the backend',
      true,
    );
  }
  if (wellKnownCACertificates && wellKnownCACertificates !== 'System') {
    return reject(
      'Invalid',
      `${VALIDATION}.wellKnownCACertificates`,
      `wellKnownCACertificates ${wellKnownCACertificates} is an implementation's own set of CA certificates; an implementation that does not define it rejects the policy`,
    );
  }
  if (
    caRefProblems.length > 0 &&
    caRefProblems.length === caCertificateRefs.length
  ) {
    return reject(
      'NoValidCACertificate',
      `${VALIDATION}.caCertificateRefs`,
      `no CA certificate reference is valid: ${caRefProblems
        .map(p => p.message)
        .join('; ')}`,
    );
  }
  return validity;
}
