import {
  intersectHostname,
  type ListenerCertificateOption,
  type ListenerOption,
} from '@portway/plugin-routing-common';
import type { GatewayListenerValue } from '../types';

const certificateStates: Record<ListenerCertificateOption['state'], string> = {
  ready: 'certificate ready',
  issuing: 'certificate being issued',
  none: 'no certificate will be issued',
  unmanaged: 'certificate not managed by cert-manager',
};

/** `certificate ready (ClusterIssuer/letsencrypt)`, with cert-manager's reason when it has one. */
export function describeCertificate(
  certificate: ListenerCertificateOption,
): string {
  const issuer = certificate.issuer ? ` (${certificate.issuer})` : '';
  const message = certificate.message ? `: ${certificate.message}` : '';
  return `${certificateStates[certificate.state]}${issuer}${message}`;
}

/** The hostnames a listener answers, in words: its pattern, or any hostname. */
export function listenerHostnames(listener: ListenerOption): string {
  return listener.hostname ?? 'any hostname';
}

/** `*.shop.example.com · HTTPS:443 · TLS Terminate · certificate ready (ClusterIssuer/le)`. */
export function describeListener(listener: ListenerOption): string {
  return [
    listenerHostnames(listener),
    `${listener.protocol}:${listener.port}`,
    listener.tlsMode && `TLS ${listener.tlsMode}`,
    listener.certificate && describeCertificate(listener.certificate),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The picker's value for a listener: its Gateway and its name as the sectionName. */
export function listenerValue(listener: ListenerOption): GatewayListenerValue {
  return {
    namespace: listener.gateway.namespace,
    name: listener.gateway.name,
    sectionName: listener.name,
  };
}

/** Whether a listener is the one a picker value names. */
export function isListener(
  listener: ListenerOption,
  value: GatewayListenerValue,
): boolean {
  return (
    listener.gateway.namespace === value.namespace &&
    listener.gateway.name === value.name &&
    listener.name === value.sectionName
  );
}

/** The hosts a listener would not answer (its hostname matches none of them), in order. */
export function unansweredHosts(
  listener: ListenerOption,
  hosts: string[],
): string[] {
  return hosts.filter(
    host => intersectHostname(listener.hostname, host) === undefined,
  );
}
