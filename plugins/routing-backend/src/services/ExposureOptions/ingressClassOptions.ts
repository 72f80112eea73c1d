import {
  IngressClassOption,
  isDefaultIngressClass,
  KubernetesObject,
} from '@portway/plugin-routing-common';

/** The IngressClasses of `cluster` as the ingress class picker offers them, by name. */
export function ingressClassOptions(
  cluster: string,
  ingressClasses: KubernetesObject[],
): IngressClassOption[] {
  return ingressClasses
    .map(ingressClass => ({
      cluster,
      name: ingressClass.metadata?.name ?? '',
      ...(ingressClass.spec?.controller
        ? { controller: ingressClass.spec.controller as string }
        : {}),
      isDefault: isDefaultIngressClass(ingressClass),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
