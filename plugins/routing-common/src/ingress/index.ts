export { analyzeIngresses } from './analyzeIngresses';
export { IngressFindingCodes } from './codes';
export { ingressHostMatches, checkIngressHost } from './hostnames';
export { ingressClassOf, isDefaultIngressClass } from './classes';
export { ingressServiceBackends } from './backends';
export type { IngressBackendUse } from './backends';
export {
  DEFAULT_INGRESS_CLASS_ANNOTATION,
  LEGACY_INGRESS_CLASS_ANNOTATION,
} from './model';
