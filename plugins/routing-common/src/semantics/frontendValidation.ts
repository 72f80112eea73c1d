import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import type { RouteCondition } from '../types/routes';
import { condition, listWords } from './conditions';
import type {
  FrontendTlsConfig,
  GatewayModel,
  Inventory,
  ListenerSpec,
  ObjectReference,
} from './model';
import { referenceAllowed } from './referenceGrants';

/** What checking CA certificate references reads: grants and the ConfigMaps known. */
export type FrontendReferences = Pick<
  Inventory,
  'referenceGrants' | 'caBundles'
>;

/** What a listener's client certificate validation comes to. */
export interface ClientValidationVerdict {
  /** Why CA certificate references cannot be used, each with its ResolvedRefs reason. */
  problems: Array<{ reason: string; message: string }>;
  /** True when none of them can: the listener is then not accepted (NoValidCACertificate). */
  noValidCaCertificate: boolean;
}

/**
 * The client certificate validation that applies to a listener: the perPort entry for its port
 * when there is one, the default otherwise. The Gateway CRD (v1.6.1, spec.tls.frontend) applies
 * it to "Listeners handling HTTPS traffic" only, so HTTP, TLS, TCP and UDP listeners have none.
 */
function validationOf(gateway: GatewayModel, listener: ListenerSpec) {
  if (listener.protocol !== 'HTTPS') return undefined;
  const frontend = gateway.tls?.frontend;
  const perPort = frontend?.perPort?.find(p => p.port === listener.port);
  return (perPort ? perPort.tls : frontend?.default)?.validation;
}

/**
 * Why one caCertificateRef cannot be used, as FrontendTLSValidation.caCertificateRefs words it:
 * only a core ConfigMap is of Core support (any other kind is InvalidCACertificateKind), one in
 * another namespace needs a ReferenceGrant to Gateways (RefNotPermitted), and a ConfigMap that
 * is missing or has no PEM certificate in `ca.crt` is InvalidCACertificateRef, checked only when
 * the input holds ConfigMaps.
 */
function caRefProblem(
  gateway: GatewayModel,
  ref: ObjectReference,
  where: string,
  references: FrontendReferences,
) {
  const group = ref.group ?? '';
  const kind = ref.kind ?? '';
  const namespace = ref.namespace ?? gateway.namespace;
  const key = `${namespace}/${ref.name}`;
  if (group !== '' || kind !== 'ConfigMap') {
    return {
      reason: 'InvalidCACertificateKind',
      message: `${where} validates client certificates against a ${kind}${
        group ? ` of group ${group}` : ''
      } named ${ref.name}; only core ConfigMaps are supported`,
    };
  }
  const allowed = referenceAllowed(
    references.referenceGrants,
    { group: GATEWAY_API_GROUP, kind: 'Gateway', namespace: gateway.namespace },
    { group: '', kind: 'ConfigMap', namespace, name: ref.name },
  );
  if (!allowed) {
    return {
      reason: 'RefNotPermitted',
      message: `${where} validates client certificates against ConfigMap ${key}, but no ReferenceGrant in ${namespace} lets Gateways from ${gateway.namespace} use it`,
    };
  }
  if (!references.caBundles) return undefined;
  const facts = references.caBundles.get(key);
  if (facts?.certificate === 'valid') return undefined;
  return {
    reason: 'InvalidCACertificateRef',
    message: `${where} validates client certificates against ConfigMap ${key}, ${
      facts ? `but ${facts.problem}` : 'which does not exist'
    }`,
  };
}

/**
 * Judges the client certificate validation (spec.tls.frontend) of an HTTPS listener: undefined
 * when none applies to it. Every unusable caCertificateRef sets ResolvedRefs to False; when
 * none is usable the listener is not accepted either (NoValidCACertificate), as the suite's
 * GatewayInvalidFrontendClientCertificateValidation expects.
 */
export function judgeClientValidation(
  gateway: GatewayModel,
  listener: ListenerSpec,
  references: FrontendReferences,
): ClientValidationVerdict | undefined {
  const refs = validationOf(gateway, listener)?.caCertificateRefs ?? [];
  if (refs.length === 0) return undefined;
  const where = `listener ${listener.name} of ${gateway.namespace}/${gateway.name}`;
  const problems = refs
    .map(ref => caRefProblem(gateway, ref, where, references))
    .filter((p): p is NonNullable<typeof p> => p !== undefined);
  return { problems, noValidCaCertificate: problems.length === refs.length };
}

/**
 * The Gateway's InsecureFrontendValidationMode condition: True with ConfigurationChanged while
 * its default or a perPort validation has mode AllowInsecureFallback, which lets clients in
 * without a valid certificate; absent otherwise (the API removes it once the mode is back to
 * AllowValidOnly).
 */
export function insecureFrontendValidation(
  gateway: GatewayModel,
): RouteCondition | undefined {
  const frontend = gateway.tls?.frontend;
  const configs: Array<[string, FrontendTlsConfig | undefined]> = [
    ['the default', frontend?.default],
    ...(frontend?.perPort ?? []).map(
      (p): [string, FrontendTlsConfig | undefined] => [`port ${p.port}`, p.tls],
    ),
  ];
  const insecure = configs
    .filter(
      ([, config]) => config?.validation?.mode === 'AllowInsecureFallback',
    )
    .map(([label]) => label);
  if (insecure.length === 0) return undefined;
  return condition(
    'InsecureFrontendValidationMode',
    true,
    'ConfigurationChanged',
    `Gateway ${gateway.namespace}/${
      gateway.name
    } accepts HTTPS clients without a valid certificate (mode AllowInsecureFallback) for ${listWords(
      insecure,
    )}`,
  );
}
