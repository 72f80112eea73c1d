import {
  checkIngressClass,
  ingressClassOf,
  isDefaultIngressClass,
} from '../ingress/classes';
import { IngressFindingCodes } from '../ingress/codes';
import type { KubernetesObject } from '../kubernetes/objects';
import type { RouteCondition } from '../types/routes';

/** The IngressClass that serves an Ingress: the one it names, or the cluster's only default. */
export function effectiveIngressClass(
  ingress: KubernetesObject,
  classes: KubernetesObject[],
): string | undefined {
  const named = ingressClassOf(ingress);
  if (named) return named.name;
  const defaults = classes.filter(isDefaultIngressClass);
  return defaults.length === 1 ? defaults[0].metadata?.name : undefined;
}

function explain(
  reason: string,
  named: string | undefined,
  classes: KubernetesObject[],
): string {
  const names = (list: KubernetesObject[]) =>
    list
      .map(c => c.metadata?.name ?? '')
      .sort()
      .join(', ');
  if (reason === IngressFindingCodes.NoDefaultIngressClass) {
    return 'This Ingress names no IngressClass and the cluster has no default one, so no controller may serve it: set spec.ingressClassName, or mark one IngressClass as the default (annotation ingressclass.kubernetes.io/is-default-class: "true").';
  }
  if (reason === IngressFindingCodes.MultipleDefaultIngressClasses) {
    return `This Ingress names no IngressClass and the cluster has several default ones (${names(
      classes.filter(isDefaultIngressClass),
    )}), so which controller serves it is not defined: set spec.ingressClassName, or leave only one IngressClass marked as the default.`;
  }
  const known = classes.length > 0 ? `it has ${names(classes)}` : 'it has none';
  return `This Ingress asks for IngressClass "${named}", which this cluster does not have (${known}), so no controller serves it: set spec.ingressClassName to one of the cluster's classes, or install the controller of "${named}".`;
}

/**
 * Accepted as Portway predicts it for an Ingress (no controller writes such a condition): True
 * when the class it names exists, or when it names none and exactly one IngressClass is the
 * default; otherwise False with the IngressClass finding's code and message
 * (IngressClassNotFound, NoDefaultIngressClass, MultipleDefaultIngressClasses), because no
 * controller takes an Ingress of a class it does not own.
 */
export function ingressAccepted(
  ingress: KubernetesObject,
  classes: KubernetesObject[],
): RouteCondition {
  const byName = new Map(classes.map(c => [c.metadata?.name ?? '', c]));
  const [finding] = checkIngressClass(ingress, {
    ingresses: [ingress],
    classes: byName,
    services: new Map(),
  });
  const named = ingressClassOf(ingress)?.name;
  if (finding || (named && !byName.has(named))) {
    const reason = finding?.code ?? IngressFindingCodes.IngressClassNotFound;
    return {
      type: 'Accepted',
      status: 'False',
      reason,
      message:
        finding?.message ??
        `IngressClass "${named}" not found: the cluster has no IngressClass`,
      explanation: explain(reason, named, classes),
    };
  }
  const name = effectiveIngressClass(ingress, classes);
  const controller = byName.get(name ?? '')?.spec?.controller;
  return {
    type: 'Accepted',
    status: 'True',
    reason: 'Accepted',
    message: `IngressClass ${name}${named ? '' : ' (the default)'} exists${
      controller ? `; its controller is ${controller}` : ''
    }`,
  };
}

/** The load balancer addresses of an Ingress's status: IPs or hostnames. */
export function ingressAddresses(ingress: KubernetesObject): string[] {
  const entries: any[] = ingress.status?.loadBalancer?.ingress ?? [];
  return entries.flatMap(entry => entry?.ip ?? entry?.hostname ?? []);
}

/**
 * Programmed: True once a controller published a load balancer address in the Ingress's
 * status, Unknown until then (an Ingress controller reports nothing else).
 */
export function ingressProgrammed(addresses: string[]): RouteCondition {
  return addresses.length > 0
    ? {
        type: 'Programmed',
        status: 'True',
        reason: 'Programmed',
        message: `served at ${addresses.join(', ')}`,
      }
    : {
        type: 'Programmed',
        status: 'Unknown',
        reason: 'Pending',
        message:
          'no controller has published a load balancer address for this Ingress yet',
      };
}
