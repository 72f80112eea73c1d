import { listenerUrl } from '../gatewayApi/urls';
import { ingressServiceBackends } from '../ingress/backends';
import { ingressHostMatches } from '../ingress/hostnames';
import { INGRESS_GROUP } from '../ingress/model';
import { asArray } from '../kubernetes/objectFields';
import { KubernetesObject } from '../kubernetes/objects';
import type { IngressDetails, ParentView, RouteView } from '../types/routes';
import {
  ObjectLookup,
  resolvedRefsFromBackends,
  serviceBackendView,
  uniqueBackends,
} from './backendStates';
import {
  effectiveIngressClass,
  ingressAccepted,
  ingressAddresses,
  ingressProgrammed,
} from './ingressConditions';
import { GatewayRouteLookup, ingressMigration } from './ingressMigration';
import { routeIdentity } from './routeIdentity';
import { summarizeParents } from './summarizeParents';

/**
 * What an Ingress's view needs to know about the cluster around it.
 *
 * @public
 */
export interface IngressContext {
  /** The name of the cluster the Ingress was read from. */
  cluster: string;
  /** How the Ingress was found to belong to the entity. */
  matchedBy: RouteView['matchedBy'];
  /** The cluster's Services by `namespace/name`: backend states. */
  services: ObjectLookup;
  /** Every IngressClass of the cluster. */
  ingressClasses: KubernetesObject[];
  /** The cluster's Gateway API routes (live and pending) by hostname, for the migration state. */
  gatewayRoutes: GatewayRouteLookup;
}

interface IngressRule {
  host?: string;
  paths: string[];
}

/** A path Ingress matches literally (Exact, Prefix, or a plain ImplementationSpecific one). */
const PLAIN_PATH = /^\/[\w\-./~%]*$/;

/** A rule's host and the paths it has URLs for; a rule without `http` sends its host to the defaultBackend. */
function rulesOf(ingress: KubernetesObject): IngressRule[] {
  return asArray(ingress.spec?.rules).map(rule => {
    const paths = rule?.http
      ? asArray(rule.http.paths).flatMap(entry => {
          const path = entry?.path ?? '/';
          return PLAIN_PATH.test(path) ? [path] : [];
        })
      : ['/'];
    return {
      ...(rule?.host ? { host: String(rule.host) } : {}),
      paths: [...new Set(paths)],
    };
  });
}

function tlsOf(ingress: KubernetesObject): IngressDetails['tls'] {
  return asArray(ingress.spec?.tls).map(entry => ({
    hosts: asArray<string>(entry?.hosts),
    ...(entry?.secretName ? { secretName: entry.secretName } : {}),
  }));
}

function tlsHosts(tls: IngressDetails['tls']): string[] {
  return tls.flatMap(entry => entry.hosts);
}

/**
 * The hostnames an Ingress serves: its rules' hosts, and, when a rule has no host (it takes
 * every host), the TLS hosts, which it then serves with their certificates.
 */
function hostnamesOf(
  rules: IngressRule[],
  tls: IngressDetails['tls'],
): string[] {
  const hosts = rules.flatMap(rule => rule.host ?? []);
  const catchAll = rules.some(rule => !rule.host);
  return [...new Set([...hosts, ...(catchAll ? tlsHosts(tls) : [])])];
}

function schemeFor(host: string, tls: IngressDetails['tls']) {
  return tlsHosts(tls).some(tlsHost => ingressHostMatches(tlsHost, host))
    ? 'https'
    : 'http';
}

/**
 * URLs: each rule host with each of its paths, `https://` when a TLS entry lists the host (or
 * a wildcard over it), `http://` otherwise. A rule without host, and a defaultBackend, take
 * every host: they are shown on the TLS hosts (https) and on the load balancer addresses
 * (http, as a certificate names hosts, not addresses); none until the Ingress has an address.
 * Wildcard hosts and regex paths have no URL.
 */
function urlsOf(
  ingress: KubernetesObject,
  rules: IngressRule[],
  tls: IngressDetails['tls'],
  addresses: string[],
): string[] {
  const url = (scheme: 'http' | 'https', host: string, path: string) =>
    listenerUrl(scheme, host, scheme === 'https' ? 443 : 80, path) ?? [];
  const catchAllPaths = [
    ...rules.filter(rule => !rule.host).flatMap(rule => rule.paths),
    ...(ingress.spec?.defaultBackend ? ['/'] : []),
  ];
  const urls = [
    ...rules.flatMap(rule =>
      rule.host
        ? rule.paths.flatMap(path =>
            url(schemeFor(rule.host!, tls), rule.host!, path),
          )
        : [],
    ),
    ...catchAllPaths.flatMap(path => [
      ...tlsHosts(tls)
        .filter(host => !rules.some(rule => rule.host === host))
        .flatMap(host => url('https', host, path)),
      ...addresses.flatMap(address => url('http', address, path)),
    ]),
  ];
  return [...new Set(urls)];
}

/**
 * The Routing tab's view of a networking.k8s.io/v1 Ingress. Its one parent is the IngressClass
 * that serves it (ref `{ group: networking.k8s.io, kind: IngressClass, name }`, name empty when
 * no class can be told), with the conditions Portway predicts, as no controller writes route
 * conditions for an Ingress (`conditionsFrom: 'analysis'`, `predictedBecause: 'no-status'`):
 * Accepted (see `ingressAccepted`), ResolvedRefs (every backend Service exists with the
 * port) and Programmed (a load balancer address is published). The summary is read from
 * them, and is `pending` instead of `ready` until the Ingress has an address. The `ingress`
 * details add the class, TLS, addresses and how far its move to the Gateway API has come.
 *
 * @public
 */
export function ingressRouteView(
  ingress: KubernetesObject,
  context: IngressContext,
): RouteView {
  const namespace = ingress.metadata?.namespace ?? 'default';
  const rules = rulesOf(ingress);
  const tls = tlsOf(ingress);
  const addresses = ingressAddresses(ingress);
  const hostnames = hostnamesOf(rules, tls);
  const backends = uniqueBackends(
    ingressServiceBackends(ingress).flatMap(({ service }) =>
      service.name
        ? [
            serviceBackendView(context.services, {
              namespace,
              name: service.name,
              port: service.port?.number ?? service.port?.name,
            }),
          ]
        : [],
    ),
  );
  const className = effectiveIngressClass(ingress, context.ingressClasses);
  const programmed = ingressProgrammed(addresses);
  const parent: ParentView = {
    ref: { group: INGRESS_GROUP, kind: 'IngressClass', name: className ?? '' },
    conditions: [
      ingressAccepted(ingress, context.ingressClasses),
      resolvedRefsFromBackends(backends, 'backend service name or port'),
      programmed,
    ],
    conditionsFrom: 'analysis',
    predictedBecause: 'no-status',
  };
  const summary = summarizeParents([parent]);
  return {
    ...routeIdentity(ingress, context),
    hostnames,
    urls: urlsOf(ingress, rules, tls, addresses),
    parents: [parent],
    backends,
    summary:
      summary === 'ready' && programmed.status !== 'True' ? 'pending' : summary,
    ingress: {
      ...(className ? { className } : {}),
      tls,
      addresses,
      migration: ingressMigration(ingress, context.gatewayRoutes),
    },
  };
}
