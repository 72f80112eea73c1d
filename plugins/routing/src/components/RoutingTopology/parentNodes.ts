import {
  normalizeParentRef,
  type ParentListener,
  type ParentView,
  type RouteCondition,
  type RouteView,
} from '@portway/plugin-routing-common';
import { describeCertificate } from '../CertificateStatus/describeCertificate';
import {
  parentIdentity,
  type ParentIdentity,
} from '../../format/parentIdentity';
import { nodeId, worseHealth } from './graphBuilder';
import type { TopologyEdgeData, TopologyHealth, TopologyNode } from './types';

/** One parent of a route as the topology draws it: its node, its listeners, and how it treats the route. */
export interface TopologyParent {
  node: TopologyNode;
  /** The listeners the route attaches through; empty when the Gateway's listeners are not known. */
  listeners: TopologyNode[];
  /** The edge into the route: broken, with the reason, when the parent did not accept it. */
  admission: TopologyEdgeData & { label?: string };
}

function programmedHealth(condition?: RouteCondition): TopologyHealth {
  switch (condition?.status) {
    case 'True':
      return 'ok';
    case 'False':
      return 'error';
    case 'Unknown':
      return 'pending';
    default:
      return 'neutral';
  }
}

function listenerNode(
  parentParts: string[],
  listener: ParentListener,
  now: Date,
): TopologyNode {
  const endpoint = `${listener.protocol}:${listener.port}`;
  return {
    id: nodeId('listener', ...parentParts, listener.name),
    layer: 'listener',
    caption: 'Listener',
    title: listener.name,
    detail: listener.hostname ? `${endpoint} · ${listener.hostname}` : endpoint,
    health: (listener.certificates ?? [])
      .map(certificate => describeCertificate(certificate, now).tone)
      .reduce<TopologyHealth>(worseHealth, 'neutral'),
  };
}

function admission(parent: ParentView): TopologyParent['admission'] {
  const accepted = parent.conditions.find(c => c.type === 'Accepted');
  if (accepted?.status !== 'False') {
    return { broken: false };
  }
  return {
    broken: true,
    label: accepted.reason || 'Not accepted',
    why: accepted.explanation || accepted.message || undefined,
  };
}

function parentDetail(
  identity: ParentIdentity,
  programmed: RouteCondition | undefined,
): string | undefined {
  if (identity.kind === 'mesh') return 'the sidecars';
  if (programmed?.status === 'False')
    return `not programmed: ${programmed.reason}`;
  return undefined;
}

function fromParentView(
  route: RouteView,
  parent: ParentView,
  now: Date,
): TopologyParent {
  const ref = normalizeParentRef(parent.ref, route.namespace);
  const identity = parentIdentity(parent, route);
  const programmed = parent.gatewayProgrammed;
  const parts = [route.cluster, ref.group, ref.kind, ref.namespace, ref.name];
  if (identity.kind === 'mesh' || identity.kind === 'IngressClass') {
    // Neither is namespaced: one node per cluster, whichever namespace the route is in.
    parts.splice(3, 1);
  }
  return {
    node: {
      id: nodeId('parent', ...parts),
      layer: 'parent',
      caption: `${identity.kind === 'mesh' ? 'Istio' : identity.kind} · ${
        route.cluster
      }`,
      title: identity.name,
      detail: parentDetail(identity, programmed),
      health: programmedHealth(programmed),
    },
    listeners: (parent.listeners ?? []).map(listener =>
      listenerNode(parts, listener, now),
    ),
    admission: admission(parent),
  };
}

/**
 * Where a route's traffic comes from: each of its parents (a Gateway for Gateway API routes,
 * the Istio Gateways or the mesh for a VirtualService, the IngressClass for an Ingress).
 */
export function routeParents(route: RouteView, now: Date): TopologyParent[] {
  return route.parents.map(parent => fromParentView(route, parent, now));
}
