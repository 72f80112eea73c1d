import type { Finding } from '../types/findings';
import type { KubernetesObject } from '../kubernetes/objects';
import { IngressFindingCodes } from './codes';
import {
  DEFAULT_INGRESS_CLASS_ANNOTATION,
  IngressInventory,
  LEGACY_INGRESS_CLASS_ANNOTATION,
} from './model';
import { describeObject } from '../kubernetes/objectFields';

/**
 * The class an Ingress names (`spec.ingressClassName`, else the legacy annotation), if any.
 *
 * @public
 */
export function ingressClassOf(
  ingress: KubernetesObject,
): { name: string; field: string } | undefined {
  const name = ingress.spec?.ingressClassName;
  if (typeof name === 'string' && name)
    return { name, field: 'spec.ingressClassName' };
  const legacy =
    ingress.metadata?.annotations?.[LEGACY_INGRESS_CLASS_ANNOTATION];
  if (legacy) {
    return {
      name: legacy,
      field: `metadata.annotations["${LEGACY_INGRESS_CLASS_ANNOTATION}"]`,
    };
  }
  return undefined;
}

/**
 * True for an IngressClass annotated `ingressclass.kubernetes.io/is-default-class: "true"`.
 *
 * @public
 */
export function isDefaultIngressClass(ingressClass: KubernetesObject): boolean {
  return (
    ingressClass.metadata?.annotations?.[DEFAULT_INGRESS_CLASS_ANNOTATION] ===
    'true'
  );
}

/**
 * IngressClassNotFound when the named class is missing (checked only when the input has
 * IngressClasses, so a partial input does not raise it); without a class, NoDefaultIngressClass
 * when no IngressClass is default, MultipleDefaultIngressClasses when several are.
 */
export function checkIngressClass(
  ingress: KubernetesObject,
  inventory: IngressInventory,
): Finding[] {
  const who = describeObject(ingress);
  const named = ingressClassOf(ingress);
  if (named) {
    if (inventory.classes.size === 0 || inventory.classes.has(named.name))
      return [];
    const known = [...inventory.classes.keys()].sort().join(', ');
    return [
      {
        severity: 'warning',
        code: IngressFindingCodes.IngressClassNotFound,
        message: `${who}: IngressClass "${named.name}" not found (known: ${known}); no controller may serve this Ingress`,
        field: named.field,
      },
    ];
  }
  const defaults = [...inventory.classes.values()].filter(
    isDefaultIngressClass,
  );
  if (defaults.length === 1) return [];
  if (defaults.length === 0) {
    return [
      {
        severity: 'warning',
        code: IngressFindingCodes.NoDefaultIngressClass,
        message: `${who}: no ingressClassName and no default IngressClass (annotation ${DEFAULT_INGRESS_CLASS_ANNOTATION}: "true"); no controller may serve this Ingress`,
        field: 'spec.ingressClassName',
      },
    ];
  }
  const names = defaults
    .map(c => c.metadata?.name)
    .sort()
    .join(', ');
  return [
    {
      severity: 'warning',
      code: IngressFindingCodes.MultipleDefaultIngressClasses,
      message: `${who}: no ingressClassName and several default IngressClasses (${names}); set spec.ingressClassName`,
      field: 'spec.ingressClassName',
    },
  ];
}
