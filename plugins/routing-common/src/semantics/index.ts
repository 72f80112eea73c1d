export * from './types';
export {
  analyzeGatewayApi,
  analyzeGatewayApiAttachments,
} from './analyzeGatewayApi';
export type { AttachmentAnalysis } from './analyzeGatewayApi';
export type {
  BackendRefUse,
  GatewayModel,
  Inventory,
  ListenerSpec,
  ObjectReference,
  ReferenceGrantModel,
  RouteGroupKind,
  RouteModel,
} from './model';
export { ROUTE_KINDS_BY_PROTOCOL, listenerKinds } from './listenerKinds';
export type { ListenerKinds } from './listenerKinds';
export { NAMESPACE_NAME_LABEL } from './allowedRoutes';
export {
  CERT_MANAGER_ANNOTATIONS,
  certificateFindings,
  gatewayCertificates,
} from './certificates';
export type { ListenerAttachment } from './routeConflicts';
