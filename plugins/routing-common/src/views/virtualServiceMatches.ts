import { asArray } from '../kubernetes/objectFields';
import type { KubernetesObject } from '../kubernetes/objects';

/** An Istio StringMatch: exactly one of exact, prefix, regex. */
interface StringMatch {
  exact?: string;
  prefix?: string;
  regex?: string;
}

/** `/shop.cart.v1.Cart/` or `/shop.cart.v1.Cart/AddItem`: a fully qualified gRPC service and an optional method. */
const GRPC_PATH = /^\/((?:[A-Za-z_]\w*\.)+[A-Za-z_]\w*)\/([A-Za-z_]\w*)?$/;

/** `shop.cart.v1.Cart/AddItem` (or `shop.cart.v1.Cart`) for a gRPC path; undefined for other paths. */
export function grpcMethodOf(path: string | undefined): string | undefined {
  const match = path ? GRPC_PATH.exec(path) : null;
  if (!match) return undefined;
  return match[2] ? `${match[1]}/${match[2]}` : match[1];
}

function stringMatchWords(match: StringMatch | undefined): string | undefined {
  if (!match) return undefined;
  if (match.exact !== undefined) return `exact ${match.exact}`;
  if (match.prefix !== undefined) return `prefix ${match.prefix}`;
  if (match.regex !== undefined) return `regex ${match.regex}`;
  return undefined;
}

function uriWords(uri: StringMatch | undefined): string | undefined {
  const grpc = grpcMethodOf(uri?.exact ?? uri?.prefix);
  return grpc ? `gRPC ${grpc}` : stringMatchWords(uri);
}

function keyedWords(
  label: string,
  entries: Record<string, StringMatch> | undefined,
): string[] {
  return Object.entries(entries ?? {}).map(([key, match]) =>
    [label, key, stringMatchWords(match)].filter(Boolean).join(' '),
  );
}

function httpMatchWords(match: any): string {
  const parts = [
    uriWords(match?.uri),
    match?.method ? `method ${stringMatchWords(match.method)}` : undefined,
    match?.authority
      ? `authority ${stringMatchWords(match.authority)}`
      : undefined,
    ...keyedWords('header', match?.headers),
    ...keyedWords('query', match?.queryParams),
    ...Object.keys(match?.withoutHeaders ?? {}).map(
      header => `without header ${header}`,
    ),
    match?.port !== undefined ? `port ${match.port}` : undefined,
  ].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(' and ') : 'any request';
}

function tlsMatchWords(match: any): string {
  const hosts = asArray<string>(match?.sniHosts);
  return hosts.length > 0
    ? `TLS SNI ${hosts.join(', ')}`
    : 'any TLS connection';
}

function tcpMatchWords(match: any): string {
  return match?.port !== undefined
    ? `TCP port ${match.port}`
    : 'any TCP connection';
}

function ruleWords(
  rules: unknown,
  words: (match: any) => string,
  none: string,
) {
  return asArray(rules).flatMap(rule => {
    const matches = asArray(rule?.match);
    return matches.length > 0 ? matches.map(words) : [none];
  });
}

/**
 * Each route match of a VirtualService in words, one entry per match (its conditions joined
 * with `and`), duplicates removed: `gRPC shop.cart.v1.Cart/AddItem` for a uri on a gRPC method
 * (`gRPC shop.cart.v1.Cart` for a whole service), `prefix /api`, `exact /x`, `regex ^/v[0-9]+`,
 * `header x-canary exact true`, `method exact GET`; `any request` for an http route without
 * match; `TLS SNI a.example.com` and `TCP port 5432` for tls and tcp routes.
 */
export function virtualServiceMatches(vs: KubernetesObject): string[] {
  return [
    ...new Set([
      ...ruleWords(vs.spec?.http, httpMatchWords, 'any request'),
      ...ruleWords(vs.spec?.tls, tlsMatchWords, 'any TLS connection'),
      ...ruleWords(vs.spec?.tcp, tcpMatchWords, 'any TCP connection'),
    ]),
  ];
}

/**
 * The URL paths of a VirtualService's http routes: a uri prefix or exact path; `/` for a route
 * (or match) without uri and for gRPC methods, which clients call on the host itself. Regex
 * matches have no path to show. A VirtualService without http routes (tls, tcp) has `/`.
 */
export function virtualServicePaths(vs: KubernetesObject): string[] {
  const rules = asArray(vs.spec?.http);
  if (rules.length === 0) return ['/'];
  const paths = rules.flatMap(rule => {
    const matches = asArray(rule?.match);
    if (matches.length === 0) return ['/'];
    return matches.flatMap(match => {
      const uri: StringMatch | undefined = match?.uri;
      const path = uri?.exact ?? uri?.prefix;
      if (path === undefined) return uri?.regex !== undefined ? [] : ['/'];
      return [grpcMethodOf(path) ? '/' : path];
    });
  });
  return [...new Set(paths)];
}

/** True when every http match of the VirtualService is on a gRPC method or service. */
export function speaksOnlyGrpc(vs: KubernetesObject): boolean {
  const uris = asArray(vs.spec?.http).flatMap(rule => {
    const matches = asArray(rule?.match);
    if (matches.length === 0) return [undefined];
    return matches.map(match => match?.uri?.exact ?? match?.uri?.prefix);
  });
  return uris.length > 0 && uris.every(uri => grpcMethodOf(uri) !== undefined);
}
