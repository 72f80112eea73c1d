import {
  ISTIO_NETWORKING_GROUP,
  MESH_GATEWAY,
  normalizeParentRef,
  resolveGatewayRef,
  type ParentListener,
  type ParentView,
  type RouteCondition,
  type RouteView,
} from '@portway/plugin-routing-common';
import { describeCertificate } from '../CertificateStatus/describeCertificate';
import { nodeId, worseHealth } from './graphBuilder';
import type { TopologyEdgeData, TopologyHealth, TopologyNode } from './types';

const INGRESS_CLASS_GROUP = 'networking.k8s.io';

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

function fromParentView(
  route: RouteView,
  parent: ParentView,
  now: Date,
): TopologyParent {
  const ref = normalizeParentRef(parent.ref, route.namespace);
  const programmed = parent.gatewayProgrammed;
  const parts = [route.cluster, ref.group, ref.kind, ref.namespace, ref.name];
  return {
    node: {
      id: nodeId('parent', ...parts),
      layer: 'parent',
      caption: `${ref.kind} · ${route.cluster}`,
      title: `${ref.namespace}/${ref.name}`,
      detail:
        programmed?.status === 'False'
          ? `not programmed: ${programmed.reason}`
          : undefined,
      health: programmedHealth(programmed),
    },
    listeners: (parent.listeners ?? []).map(listener =>
      listenerNode(parts, listener, now),
    ),
    admission: admission(parent),
  };
}

function fromIstioGateway(route: RouteView, gateway: string): TopologyParent {
  const resolved = resolveGatewayRef(gateway, route.namespace);
  const node: TopologyNode = resolved
    ? {
        id: nodeId(
          'parent',
          route.cluster,
          ISTIO_NETWORKING_GROUP,
          'Gateway',
          ...resolved.split('/'),
        ),
        layer: 'parent',
        caption: `Istio Gateway · ${route.cluster}`,
        title: resolved,
        health: 'neutral',
      }
    : {
        id: nodeId(
          'parent',
          route.cluster,
          ISTIO_NETWORKING_GROUP,
          MESH_GATEWAY,
        ),
        layer: 'parent',
        caption: `Istio · ${route.cluster}`,
        title: MESH_GATEWAY,
        detail: 'the sidecars',
        health: 'neutral',
      };
  return { node, listeners: [], admission: { broken: false } };
}

function fromIngressClass(route: RouteView, className: string): TopologyParent {
  return {
    node: {
      id: nodeId(
        'parent',
        route.cluster,
        INGRESS_CLASS_GROUP,
        'IngressClass',
        className,
      ),
      layer: 'parent',
      caption: `IngressClass · ${route.cluster}`,
      title: className,
      health: 'neutral',
    },
    listeners: [],
    admission: { broken: false },
  };
}

/**
 * Where a route's traffic comes from: each parent (a Gateway, for Gateway API routes), the
 * Istio Gateways or `mesh` a VirtualService binds to, the IngressClass of an Ingress. Its
 * status entries come first, so that a parent named twice is drawn with what its status says.
 */
export function routeParents(route: RouteView, now: Date): TopologyParent[] {
  return [
    ...route.parents.map(parent => fromParentView(route, parent, now)),
    ...(route.virtualService?.gateways ?? []).map(gateway =>
      fromIstioGateway(route, gateway),
    ),
    ...(route.ingress?.className
      ? [fromIngressClass(route, route.ingress.className)]
      : []),
  ];
}
