import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { Finding } from '../types/findings';
import type { RouteCondition } from '../types/routes';
import { condition } from './conditions';
import { gatewayBackendUses } from './backendTlsPoliciesAncestors';
import type { GatewayBackendUse } from './backendTlsPoliciesAncestors';
import type { BackendTlsPolicyModel } from './backendTlsPoliciesModel';
import {
  precedenceByTarget,
  resolveTargets,
  targetKey,
} from './backendTlsPoliciesTargets';
import type { ResolvedTarget } from './backendTlsPoliciesTargets';
import { policyValidity } from './backendTlsPoliciesValidation';
import type { PolicyValidity } from './backendTlsPoliciesValidation';
import type { Inventory } from './model';
import type { AnalyzedBackendTlsPolicy, PolicyAncestorStatus } from './types';

/** A target of a policy with the policy that takes precedence on it when that is another one. */
interface JudgedTarget extends ResolvedTarget {
  conflictedWith?: string;
}

function describeTarget(t: ResolvedTarget) {
  if (t.ref.sectionName === undefined) return `Service ${t.service}`;
  return `port ${t.ref.sectionName}${
    t.port !== undefined ? ` (${t.port})` : ''
  } of Service ${t.service}`;
}

/** Whether a Gateway's traffic to a Service port goes through this target. */
function reaches(target: JudgedTarget, use: GatewayBackendUse) {
  if (target.ref.group !== '' || target.ref.kind !== 'Service') return false;
  if (use.service !== target.service) return false;
  return (
    target.port === undefined ||
    use.port === undefined ||
    use.port === target.port
  );
}

/**
 * The Accepted condition under one Gateway, from the targets through which it reaches the
 * policy: an invalid spec first, then a target that cannot be found, then a conflict (the
 * spec's precedence decides between policies regardless of their validity), then
 * NoValidCACertificate.
 */
function acceptedUnder(
  validity: PolicyValidity,
  targets: JudgedTarget[],
): RouteCondition {
  const rejection = validity.rejection;
  if (rejection?.reason === 'Invalid')
    return condition('Accepted', false, 'Invalid', rejection.message);
  const missing = targets.find(t => t.problem);
  if (missing?.problem)
    return condition(
      'Accepted',
      false,
      missing.problem.reason,
      missing.problem.message,
    );
  const conflicted = targets.find(t => t.conflictedWith);
  if (conflicted)
    return condition(
      'Accepted',
      false,
      'Conflicted',
      `BackendTLSPolicy ${
        conflicted.conflictedWith
      } also targets ${describeTarget(
        conflicted,
      )} and takes precedence (older, or first by namespace/name)`,
    );
  if (rejection)
    return condition('Accepted', false, rejection.reason, rejection.message);
  return condition(
    'Accepted',
    true,
    'Accepted',
    `the policy applies to ${targets.map(describeTarget).join(', ')}`,
  );
}

/** Findings on one policy, each problem once (not once per Gateway). */
function policyFindings(
  policy: BackendTlsPolicyModel,
  validity: PolicyValidity,
  targets: JudgedTarget[],
): Finding[] {
  const name = `BackendTLSPolicy ${policy.namespace}/${policy.name}`;
  const findings: Finding[] = [];
  const { rejection } = validity;
  if (rejection && !rejection.refusedByApiServer) {
    findings.push({
      severity: 'error',
      code: rejection.reason,
      message: `${name}: ${rejection.message}${
        rejection.reason === 'NoValidCACertificate'
          ? '; connections to its targets fail (5xx)'
          : ''
      }`,
      field: rejection.field,
    });
  }
  if (rejection?.reason !== 'NoValidCACertificate') {
    for (const p of validity.caRefProblems) {
      findings.push({
        severity: 'error',
        code: p.reason,
        message: `${name}: ${p.message}; connections using it fail (5xx)`,
        field: p.field,
      });
    }
  }
  for (const t of targets) {
    if (t.problem) {
      findings.push({
        severity: 'warning',
        code: t.problem.reason,
        message: `${name}: ${t.problem.message}, so the policy applies to nothing there`,
        field: t.problem.field,
      });
    } else if (t.conflictedWith) {
      findings.push({
        severity: 'warning',
        code: 'Conflicted',
        message: `${name}: BackendTLSPolicy ${
          t.conflictedWith
        } also targets ${describeTarget(
          t,
        )} and takes precedence (older, or first by namespace/name), so this one is not applied there`,
      });
    }
  }
  if (!rejection && policy.validation.wellKnownCACertificates === 'System') {
    findings.push({
      severity: 'info',
      code: 'ImplementationSpecific',
      message: `${name}: wellKnownCACertificates System (the system's trusted CAs) has implementation-specific support; an implementation without it sets Accepted False with reason Invalid`,
      field: 'spec.validation.wellKnownCACertificates',
    });
  }
  return findings;
}

/**
 * Judges every BackendTLSPolicy of the inventory as a conformant implementation (v1.6,
 * standard channel) would: its spec (see policyValidity), its targets (see resolveTargets), the
 * spec's precedence between policies on one target, and, under each Gateway that reaches a
 * targeted Service through an attached route (`attached`, as analyzeGatewayApiAttachments
 * gives it), the Accepted and ResolvedRefs conditions of `status.ancestors[]`.
 */
export function analyzeBackendTlsPolicies(
  inventory: Inventory,
  attached: ReadonlyMap<string, ReadonlySet<string>>,
): { policies: AnalyzedBackendTlsPolicy[]; findings: Finding[] } {
  const winners = precedenceByTarget(inventory.backendTlsPolicies);
  const uses = gatewayBackendUses(inventory, attached);
  const findings: Finding[] = [];
  const unchecked: string[] = [];
  const policies = inventory.backendTlsPolicies.map(policy => {
    const self = `${policy.namespace}/${policy.name}`;
    const validity = policyValidity(policy, inventory);
    const targets: JudgedTarget[] = resolveTargets(policy, inventory).map(t => {
      const winner = winners.get(targetKey(policy.namespace, t.ref));
      return winner && winner !== self ? { ...t, conflictedWith: winner } : t;
    });
    findings.push(...policyFindings(policy, validity, targets));
    if (!validity.caRefsChecked && policy.validation.caCertificateRefs.length)
      unchecked.push(self);
    const ancestors: PolicyAncestorStatus[] = [];
    for (const [gatewayKey, gateway] of inventory.gateways) {
      const through = targets.filter(t =>
        uses.some(use => use.gatewayKey === gatewayKey && reaches(t, use)),
      );
      if (through.length === 0) continue;
      ancestors.push({
        ancestorRef: {
          group: GATEWAY_API_GROUP,
          kind: 'Gateway',
          namespace: gateway.namespace,
          name: gateway.name,
        },
        conditions: [acceptedUnder(validity, through), validity.resolvedRefs],
      });
    }
    return {
      namespace: policy.namespace,
      name: policy.name,
      targetRefs: targets.map(t => ({
        ...t.ref,
        ...(t.port !== undefined ? { port: t.port } : {}),
        ...(t.conflictedWith ? { conflictedWith: t.conflictedWith } : {}),
      })),
      validation: policy.validation,
      valid:
        !validity.rejection &&
        validity.resolvedRefs.status === 'True' &&
        targets.every(t => !t.problem),
      ancestors,
    };
  });
  if (unchecked.length > 0) {
    findings.push({
      severity: 'info',
      code: 'CACertificateRefsNotChecked',
      message: `The input holds no ConfigMap, so the CA certificates of ${unchecked
        .map(p => `BackendTLSPolicy ${p}`)
        .join(', ')} were not checked`,
    });
  }
  return { policies, findings };
}
