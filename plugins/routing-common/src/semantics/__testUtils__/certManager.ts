import type { KubernetesObject } from '../../kubernetes/objects';
import type { ListenerSpec } from '../model';
import { gateway, withMetadata } from './builders';

/** The annotation naming ClusterIssuer letsencrypt. */
export const CLUSTER_ISSUER = {
  'cert-manager.io/cluster-issuer': 'letsencrypt',
};

/** An HTTPS listener on 443 with a Secret `<name>-tls` unless `tls` says otherwise. */
export const https = (
  name: string,
  hostname?: string,
  tls: ListenerSpec['tls'] = { certificateRefs: [{ name: `${name}-tls` }] },
): Partial<ListenerSpec> => ({
  name,
  port: 443,
  protocol: 'HTTPS',
  ...(hostname ? { hostname } : {}),
  tls,
});

/** Gateway infra/public with the listeners and cert-manager annotations (a ClusterIssuer). */
export const annotated = (
  listeners: Array<Partial<ListenerSpec>>,
  annotations: Record<string, string> = CLUSTER_ISSUER,
): KubernetesObject =>
  withMetadata(gateway('infra/public', listeners), { annotations });
