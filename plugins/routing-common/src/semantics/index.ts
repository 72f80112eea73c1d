export * from './types';
export {
  analyzeGatewayApi,
  analyzeGatewayApiAttachments,
} from './analyzeGatewayApi';
export type { AttachmentAnalysis } from './analyzeGatewayApi';
export type { ListenerSpec } from './model';
export { referenceAllowed } from './referenceGrants';
export type { ReferenceFrom, ReferenceTo } from './referenceGrants';
export { ROUTE_KINDS_BY_PROTOCOL, listenerKinds } from './listenerKinds';
export type { ListenerKinds } from './listenerKinds';
export { NAMESPACE_NAME_LABEL } from './allowedRoutes';
export {
  CERT_MANAGER_ANNOTATIONS,
  certificateFindings,
  gatewayCertificates,
} from './certificates';
export { routeConflicts } from './routeConflicts';
export type { ListenerAttachment } from './routeConflicts';
