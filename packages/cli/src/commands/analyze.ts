import {
  Analysis,
  analyzeManifests,
  Finding,
  ManifestObject,
} from '@portway/plugin-routing-common';
import { exitCodes, UsageError } from '../exitCodes';
import { readManifests } from '../readManifests';
import type { CommandOutput } from './types';

/** The kinds `portway analyze` reads; anything else gets a warning and is left out. */
const ANALYZED_KINDS = new Set([
  'Gateway',
  'GatewayClass',
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
  'ListenerSet',
  'BackendTLSPolicy',
  'ReferenceGrant',
  'Service',
  'Namespace',
  'Secret',
  'ConfigMap',
  'VirtualService',
  'DestinationRule',
  'ServiceEntry',
  'Ingress',
  'IngressClass',
  'Certificate',
]);

function unsupportedKinds(manifests: ManifestObject[]): Finding[] {
  return manifests
    .filter(({ object }) => !ANALYZED_KINDS.has(object.kind ?? ''))
    .map(({ object, source }) => ({
      severity: 'warning',
      code: 'UnsupportedKind',
      message: `${source}: ${object.kind} ${object.metadata?.name} is not analyzed`,
    }));
}

function describeCondition(condition: {
  type: string;
  status: string;
  reason: string;
  message: string;
}) {
  return `${condition.type}=${condition.status} (${condition.reason}): ${condition.message}`;
}

function report(analysis: Analysis): string {
  const routes = analysis.routes.flatMap(route =>
    route.parents.map(parent => {
      const ref = parent.parentRef;
      const target = `${ref.namespace ?? route.namespace}/${ref.name}${
        ref.sectionName ? `/${ref.sectionName}` : ''
      }`;
      const conditions = parent.conditions.map(describeCondition).join('; ');
      return `${route.kind} ${route.namespace}/${route.name} -> ${target}: ${conditions}`;
    }),
  );
  const listeners = analysis.gateways.flatMap(gateway =>
    gateway.listeners.map(
      listener =>
        `Gateway ${gateway.namespace}/${gateway.name} listener ${listener.name}: ${listener.attachedRoutes} attached route(s)`,
    ),
  );
  const policies = (analysis.backendTlsPolicies ?? []).flatMap(policy => {
    const name = `BackendTLSPolicy ${policy.namespace}/${policy.name}`;
    if (policy.ancestors.length === 0)
      return [`${name}: no Gateway's attached routes use its targets`];
    return policy.ancestors.map(
      ({ ancestorRef, conditions }) =>
        `${name} -> ${ancestorRef.namespace ?? policy.namespace}/${
          ancestorRef.name
        }: ${conditions.map(describeCondition).join('; ')}`,
    );
  });
  const findings = analysis.findings.map(
    f => `${f.severity}: ${f.code}: ${f.message}`,
  );
  return [...routes, ...listeners, ...policies, ...findings].join('\n');
}

/**
 * `portway analyze FILE...`: the conditions a conformant Gateway API implementation would set
 * on the routes, listeners and BackendTLSPolicies (under each Gateway) in the files.
 */
export function analyzeCommand(
  files: string[],
  options: { json?: boolean },
): CommandOutput {
  if (files.length === 0)
    throw new UsageError('analyze needs at least one file');
  const manifests = readManifests(files);
  const analysis = analyzeManifests(
    manifests
      .filter(({ object }) => ANALYZED_KINDS.has(object.kind ?? ''))
      .map(m => m.object),
  );
  const result: Analysis = {
    ...analysis,
    findings: [...unsupportedKinds(manifests), ...analysis.findings],
  };
  const hasErrors = result.findings.some(
    finding => finding.severity === 'error',
  );
  return {
    text: options.json ? JSON.stringify(result, null, 2) : report(result),
    exitCode: hasErrors ? exitCodes.findings : exitCodes.ok,
  };
}
