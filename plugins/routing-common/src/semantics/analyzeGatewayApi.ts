import type { KubernetesObject } from '../kubernetes/objects';
import type { Finding } from '../types/findings';
import { certificateFindings, gatewayCertificates } from './certificates';
import { backendPortFindings } from './backendPorts';
import { gatewayConditions, gatewayFindings } from './gatewayConditions';
import { buildInventory } from './inventory';
import { analyzeBackendTlsPolicies } from './backendTlsPolicies';
import type { AnalysisOptions } from './inventory';
import { judgeGatewayListeners } from './listenerConditions';
import type { ListenerJudgement } from './listenerConditions';
import { crossKindRejections } from './crossKindRejections';
import { routeConflicts } from './routeConflicts';
import type { ListenerAttachment } from './routeConflicts';
import { judgeRoute } from './routeConditions';
import { analyzedListener, listenerFindings } from './analyzedListeners';
import { meshRoutingNote } from './meshRoutingNote';
import { ipAddressHostnames } from './ipAddressHostnames';
import { judgeListenerSets } from './listenerSetConditions';
import { attachmentKey } from './listenerSetParents';
import {
  analyzeListenerSets,
  attachedListenerSets,
} from './listenerSetAnalysis';
import { listenerSetCertificateNotes } from './listenerSetCertificates';
import type { Analysis, AnalyzedGateway, AnalyzedRoute } from './types';

const withCount = (count: number | undefined) =>
  count === undefined ? {} : { attachedListenerSets: count };

function parentName(
  ref: { kind?: string; namespace?: string; name: string },
  ns: string,
) {
  return `${ref.kind ?? 'Gateway'} ${ref.namespace ?? ns}/${ref.name}`;
}

/**
 * An {@link Analysis} with the routes each listener attached.
 *
 * @public
 */
export interface AttachmentAnalysis {
  /** The analysis of the objects, as `analyzeGatewayApi` returns it. */
  analysis: Analysis;
  /**
   * The routes attached to each listener, as `kind/namespace/name`, by
   * `gatewayNamespace/gatewayName/listener` (what each listener's attachedRoutes counts), and
   * by `ListenerSet/namespace/name/listener` for the listeners of ListenerSets.
   */
  attached: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Works out, without a cluster, the status a conformant Gateway API implementation (v1.6,
 * standard channel) would write: for every HTTPRoute, GRPCRoute and TLSRoute the Accepted and
 * ResolvedRefs conditions per parentRef; for every Gateway its Accepted and Programmed
 * conditions, and per listener its conditions, supportedKinds and attachedRoutes; and findings
 * (errors for refused parents, unresolved references and broken listeners, so a CLI can exit 1
 * on them; warnings such as PortNotOnService). Pure: reads only the objects given.
 *
 * @public
 */
export function analyzeGatewayApi(
  objects: KubernetesObject[],
  options: AnalysisOptions = {},
): Analysis {
  return analyzeGatewayApiAttachments(objects, options).analysis;
}

/**
 * {@link analyzeGatewayApi}, telling also which routes attached to which listener.
 *
 * @public
 */
export function analyzeGatewayApiAttachments(
  objects: KubernetesObject[],
  options: AnalysisOptions = {},
): AttachmentAnalysis {
  const inventory = buildInventory(objects, options);
  const findings: Finding[] = [];
  const error = (code: string, message: string) =>
    findings.push({ severity: 'error', code, message });

  const judgementsByGateway = new Map<string, ListenerJudgement[]>();
  const attached = new Map<string, Set<string>>(); // `gateway/listener` -> route keys
  const attachments: ListenerAttachment[] = [];
  for (const [key, gateway] of inventory.gateways) {
    judgementsByGateway.set(key, judgeGatewayListeners(gateway, inventory));
    if (
      inventory.gatewayClasses &&
      gateway.gatewayClassName &&
      !inventory.gatewayClasses.has(gateway.gatewayClassName)
    ) {
      findings.push({
        severity: 'warning',
        code: 'GatewayClassNotFound',
        message: `Gateway ${key} uses GatewayClass ${gateway.gatewayClassName}, which is not in the input`,
      });
    }
  }

  const listenerSets = judgeListenerSets(inventory, judgementsByGateway);

  const meshRoutes: string[] = [];
  const verdicts = inventory.routes.map(route => {
    const verdict = judgeRoute(
      route,
      inventory,
      judgementsByGateway,
      listenerSets,
    );
    for (const { gatewayKey, listeners } of verdict.parents.filter(
      p => p.gatewayKey,
    )) {
      for (const listener of listeners) {
        attachments.push({ route, gatewayKey: gatewayKey!, listener });
      }
    }
    return verdict;
  });
  // An HTTPRoute and a GRPCRoute sharing a hostname on a listener: the loser is not accepted
  // by that parent (its HostnameConflict finding says why) and attaches to none of its listeners.
  const rejections = crossKindRejections(objects, inventory, attachments);

  const routes: AnalyzedRoute[] = inventory.routes.map((route, index) => {
    const routeName = `${route.kind} ${route.namespace}/${route.name}`;
    const verdict = verdicts[index];
    const rejected = rejections.get(
      `${route.kind}/${route.namespace}/${route.name}`,
    );
    for (const parent of verdict.parents) {
      const rejection = parent.listeners
        .map(l => rejected?.get(`${parent.gatewayKey}/${l}`))
        .find(Boolean);
      if (rejection) {
        parent.conditions = [rejection, ...parent.conditions.slice(1)];
        parent.listeners = [];
      }
      const [accepted] = parent.conditions;
      if (accepted.status === 'False' && !rejection) {
        error(accepted.reason, `${routeName}: ${accepted.message}`);
      }
      for (const listener of parent.listeners) {
        const key = attachmentKey(parent, listener);
        if (!attached.has(key)) attached.set(key, new Set());
        attached
          .get(key)!
          .add(`${route.kind}/${route.namespace}/${route.name}`);
      }
    }
    const resolved = verdict.parents
      .map(parent => parent.conditions[1])
      .find(c => c.status === 'False');
    if (resolved) {
      error(resolved.reason, `${routeName}: ${resolved.message}`);
    }
    for (const skipped of verdict.skipped) {
      findings.push({
        severity: 'info',
        code: 'ParentNotAnalyzed',
        message: `${routeName}: parent ${parentName(
          skipped,
          route.namespace,
        )} is neither a Gateway nor a Service, so no implementation of the standard channel judges it`,
      });
    }
    if (verdict.parents.some(parent => parent.meshRole))
      meshRoutes.push(routeName);
    return {
      kind: route.kind,
      namespace: route.namespace,
      name: route.name,
      parents: verdict.parents.map(({ parentRef, conditions, meshRole }) => ({
        parentRef,
        conditions,
        ...(meshRole ? { meshRole } : {}),
      })),
    };
  });
  if (meshRoutes.length > 0) findings.push(meshRoutingNote(meshRoutes));

  const gateways: AnalyzedGateway[] = [...inventory.gateways].map(
    ([key, gateway]) => {
      const conditions = gatewayConditions(
        gateway,
        judgementsByGateway.get(key) ?? [],
        inventory,
      );
      findings.push(...gatewayFindings(conditions));
      return {
        namespace: gateway.namespace,
        name: gateway.name,
        listeners: (judgementsByGateway.get(key) ?? []).map(judgement => {
          findings.push(...listenerFindings(judgement));
          return analyzedListener(
            judgement,
            attached.get(`${key}/${judgement.listener.name}`)?.size ?? 0,
          );
        }),
        conditions,
        ...withCount(attachedListenerSets(key, gateway, listenerSets)),
      };
    },
  );
  const listenerSetAnalysis = analyzeListenerSets(listenerSets, attached);
  findings.push(...listenerSetAnalysis.findings);
  findings.push(...listenerSetCertificateNotes(objects, inventory));

  findings.push(...ipAddressHostnames(objects));
  findings.push(...routeConflicts(objects, inventory, attachments));
  findings.push(...backendPortFindings(inventory));
  const certificates = gatewayCertificates(objects);
  findings.push(...certificateFindings(certificates));
  const backendTls = analyzeBackendTlsPolicies(inventory, attached);
  findings.push(...backendTls.findings);
  return {
    analysis: {
      routes,
      gateways,
      ...(inventory.listenerSets.length > 0
        ? { listenerSets: listenerSetAnalysis.listenerSets }
        : {}),
      findings,
      ...(certificates.length > 0 ? { certificates } : {}),
      ...(inventory.backendTlsPolicies.length > 0
        ? { backendTlsPolicies: backendTls.policies }
        : {}),
    },
    attached,
  };
}
