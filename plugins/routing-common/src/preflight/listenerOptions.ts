import type { KubernetesObject } from '../kubernetes/objects';
import { GATEWAY_API_GROUP } from '../gatewayApi/parentRefs';
import { analyzeGatewayApi } from '../semantics/analyzeGatewayApi';
import type { ListenerCertificate } from '../semantics/types';
import { exposureKind } from '../exposure/exposureKinds';
import type { ExposureType } from '../types/exposure';
import type {
  ListenerCertificateOption,
  ListenerOption,
} from '../types/pickers';
import type { PreflightCluster } from './types';
import { asArray } from '../kubernetes/objectFields';

function certificateOption(
  protocol: string,
  entries: ListenerCertificate[],
): ListenerCertificateOption | undefined {
  if (protocol !== 'HTTPS' && protocol !== 'TLS') return undefined;
  if (entries.length === 0) {
    return {
      state: 'unmanaged',
      message:
        'the Gateway is not annotated for cert-manager: its certificate Secrets are managed by hand',
    };
  }
  const [entry] = entries;
  const issuer = `${entry.issuer.kind}/${entry.issuer.name}`;
  if (!entry.willIssue) return { state: 'none', issuer, message: entry.reason };
  const certificate = entry.certificate;
  if (certificate?.ready === 'True') return { state: 'ready', issuer };
  return {
    state: 'issuing',
    issuer,
    message: certificate
      ? `Certificate ${certificate.name} is not Ready yet${
          certificate.reason ? ` (${certificate.reason})` : ''
        }${certificate.message ? `: ${certificate.message}` : ''}`
      : `cert-manager issues the Certificate for Secret ${entry.secretName} once it sees the Gateway`,
  };
}

/** A route of `kind` in `namespace` with no hostnames, aimed at one listener of a Gateway. */
function probeRoute(
  kind: string,
  namespace: string,
  gateway: KubernetesObject,
  listener: string,
  index: number,
): KubernetesObject {
  return {
    apiVersion: `${GATEWAY_API_GROUP}/v1`,
    kind,
    metadata: { namespace, name: `portway-listener-probe-${index}` },
    spec: {
      parentRefs: [
        {
          name: gateway.metadata?.name,
          namespace: gateway.metadata?.namespace,
          sectionName: listener,
        },
      ],
    },
  };
}

function gatewayListenerOptions(
  cluster: PreflightCluster,
  gateway: KubernetesObject,
  routeKind: string,
  namespace: string,
): ListenerOption[] {
  const listeners = asArray(gateway.spec?.listeners);
  const { objects } = cluster;
  const gatewayClass = objects.get(
    'gatewayClass',
    '',
    gateway.spec?.gatewayClassName ?? '',
  );
  const probes = listeners.map((listener, index) =>
    probeRoute(routeKind, namespace, gateway, listener.name, index),
  );
  const analysis = analyzeGatewayApi([
    ...objects.list('namespace'),
    ...objects.list('certificate'),
    ...(gatewayClass ? [gatewayClass] : []),
    gateway,
    ...probes,
  ]);
  const gatewayKey = `${gateway.metadata?.namespace}/${gateway.metadata?.name}`;
  return listeners.map((listener, index) => {
    const accepted = analysis.routes[index]?.parents[0]?.conditions.find(
      condition => condition.type === 'Accepted',
    );
    const certificate = certificateOption(
      listener.protocol,
      (analysis.certificates ?? []).filter(
        entry =>
          entry.gateway === gatewayKey && entry.listener === listener.name,
      ),
    );
    const tlsMode = listener.tls ? listener.tls.mode ?? 'Terminate' : undefined;
    return {
      cluster: cluster.name,
      gateway: {
        namespace: gateway.metadata?.namespace ?? 'default',
        name: gateway.metadata?.name ?? '',
      },
      name: listener.name,
      ...(listener.hostname ? { hostname: listener.hostname } : {}),
      port: listener.port,
      protocol: listener.protocol,
      ...(tlsMode ? { tlsMode } : {}),
      ...(certificate ? { certificate } : {}),
      accepts: accepted?.status === 'True',
      ...(accepted && accepted.status !== 'True'
        ? { refusal: { reason: accepted.reason, message: accepted.message } }
        : {}),
    };
  });
}

/**
 * Every listener of every Gateway in a cluster, judged for a route of the exposure type's kind
 * from `namespace` by the Gateway API analysis (allowedRoutes namespaces and kinds, protocol,
 * listener validity), with its hostname pattern, TLS and certificate state. Hostnames are left
 * aside: the route is judged as if it took the listener's own. Types that use no Gateway have
 * no listeners.
 *
 * @public
 */
export function listenerOptions(
  cluster: PreflightCluster,
  options: { namespace: string; type: ExposureType },
): ListenerOption[] {
  const kind = exposureKind(options.type);
  if (!kind.usesGateway) return [];
  return cluster.objects
    .list('gateway')
    .flatMap(gateway =>
      gatewayListenerOptions(
        cluster,
        gateway,
        kind.objectKind,
        options.namespace,
      ),
    );
}
