import type { KubernetesObject } from '../../kubernetes/objects';
import type { ConversionState, Feature, SourceIngress } from '../ir';
import { GATEWAY_API_VERSION } from '../types';
import { nginxKey, noteAnnotation, readAnnotation } from './annotations';
import { appliedSources } from './drafts';

/** backend-protocol values converted (others are the core's to report). */
const KNOWN_PROTOCOLS = ['HTTP', 'HTTPS', 'AUTO_HTTP', 'GRPC', 'GRPCS'];

const PROXY_SSL = [
  'proxy-ssl-secret',
  'proxy-ssl-verify',
  'proxy-ssl-server-name',
  'proxy-ssl-name',
  'proxy-ssl-verify-depth',
  'proxy-ssl-protocols',
  'proxy-ssl-ciphers',
];

/** What a strict BackendTLSPolicy needs from the annotations, as ingress2gateway checks it. */
function missingRequirements(
  ssl: Record<string, string | undefined>,
): string[] {
  const missing: string[] = [];
  if (ssl['proxy-ssl-verify'] !== 'on') missing.push('proxy-ssl-verify: "on"');
  if (!ssl['proxy-ssl-secret'])
    missing.push('proxy-ssl-secret (the CA to verify with)');
  if (ssl['proxy-ssl-server-name'] !== 'on')
    missing.push('proxy-ssl-server-name: "on"');
  if (!ssl['proxy-ssl-name'])
    missing.push('proxy-ssl-name (the hostname to verify)');
  return missing;
}

/** The Services the source's rules send to (Service backends only), in order, once each. */
function servicesOf(state: ConversionState, source: SourceIngress): string[] {
  const names = state.routes.flatMap(route =>
    route.rules.flatMap(rule =>
      rule.backends
        .filter(b => b.source === source && !b.ref.kind)
        .map(b => b.ref.name),
    ),
  );
  return [...new Set(names)];
}

function policyFor(
  source: SourceIngress,
  service: string,
  caName: string,
  hostname: string,
): KubernetesObject {
  return {
    apiVersion: GATEWAY_API_VERSION,
    kind: 'BackendTLSPolicy',
    metadata: { name: `${service}-backend-tls`, namespace: source.namespace },
    spec: {
      targetRefs: [{ group: '', kind: 'Service', name: service }],
      validation: {
        caCertificateRefs: [{ group: '', kind: 'ConfigMap', name: caName }],
        hostname,
      },
    },
  };
}

function convert(
  state: ConversionState,
  source: SourceIngress,
  protocol: string,
) {
  const ssl = Object.fromEntries(
    PROXY_SSL.map(name => [name, readAnnotation(state, source, name)]),
  );
  const missing = missingRequirements(ssl);
  if (missing.length) {
    noteAnnotation(
      state,
      source,
      'backend-protocol',
      'error',
      `${protocol}: no BackendTLSPolicy written, so the Gateway would speak plain text to a TLS backend. A BackendTLSPolicy verifies the backend, which needs ${missing.join(
        ', ',
      )}; add them, or write the policy by hand (validation.wellKnownCACertificates: System where the backend has a public certificate)`,
    );
    return;
  }
  const [secretNamespace, secretName] = ssl['proxy-ssl-secret']!.includes('/')
    ? ssl['proxy-ssl-secret']!.split('/', 2)
    : [source.namespace, ssl['proxy-ssl-secret']!];
  if (secretNamespace !== source.namespace) {
    noteAnnotation(
      state,
      source,
      'proxy-ssl-secret',
      'error',
      `Secret ${secretNamespace}/${secretName} is in another namespace; a BackendTLSPolicy's CA ConfigMap must be in the Service's namespace ${source.namespace}: no policy written`,
    );
    return;
  }
  for (const name of [
    'proxy-ssl-verify-depth',
    'proxy-ssl-protocols',
    'proxy-ssl-ciphers',
  ])
    if (ssl[name] !== undefined)
      noteAnnotation(
        state,
        source,
        name,
        'warning',
        'not carried over: BackendTLSPolicy has no such setting; the policy is written without it',
      );
  for (const service of servicesOf(state, source)) {
    const policy = policyFor(
      source,
      service,
      secretName,
      ssl['proxy-ssl-name']!,
    );
    const existing = state.extraObjects.find(
      o =>
        o.kind === 'BackendTLSPolicy' &&
        o.metadata?.name === `${service}-backend-tls` &&
        o.metadata?.namespace === source.namespace,
    );
    if (existing) {
      if (JSON.stringify(existing.spec) !== JSON.stringify(policy.spec))
        noteAnnotation(
          state,
          source,
          'proxy-ssl-name',
          'warning',
          `Service ${service} already has BackendTLSPolicy ${service}-backend-tls from another Ingress with other settings; the first one is kept`,
        );
      continue;
    }
    state.extraObjects.push(policy);
  }
  noteAnnotation(
    state,
    source,
    'proxy-ssl-secret',
    'warning',
    `BackendTLSPolicy written; the client certificate (mTLS) in Secret ${secretName} is not carried over: Gateway API sets the Gateway's client certificate once per Gateway (spec.tls.backend.clientCertificateRef), not per backend`,
  );
  noteAnnotation(
    state,
    source,
    'proxy-ssl-secret',
    'info',
    `create ConfigMap ${source.namespace}/${secretName} with key ca.crt holding the CA of Secret ${secretName}: the BackendTLSPolicy refers to it`,
  );
}

/**
 * backend-protocol HTTPS / GRPCS with proxy-ssl-* (ingress2gateway 1.9): a BackendTLSPolicy
 * `<service>-backend-tls` per Service of the Ingress, only when verification is fully set
 * (proxy-ssl-verify and -server-name "on", proxy-ssl-secret, proxy-ssl-name); otherwise an error
 * listing what is missing. GRPC / GRPCS as a GRPCRoute is the core's.
 */
export const backendTls: Feature = state => {
  for (const source of appliedSources(state)) {
    const protocol = (
      source.annotations[nginxKey('backend-protocol')] ?? ''
    ).toUpperCase();
    if (KNOWN_PROTOCOLS.includes(protocol))
      readAnnotation(state, source, 'backend-protocol');
    if (protocol === 'HTTPS' || protocol === 'GRPCS') {
      convert(state, source, protocol);
      continue;
    }
    const stray = PROXY_SSL.filter(
      name => readAnnotation(state, source, name) !== undefined,
    );
    for (const name of stray)
      noteAnnotation(
        state,
        source,
        name,
        'info',
        'no effect: ingress-nginx uses proxy-ssl-* only with backend-protocol HTTPS or GRPCS',
      );
  }
};
