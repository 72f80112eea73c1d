export * from './types';
export {
  analyzeGatewayApi,
  analyzeGatewayApiAttachments,
} from './analyzeGatewayApi';
export type { AttachmentAnalysis } from './analyzeGatewayApi';
export type {
  AllowedListeners,
  BackendRefUse,
  FrontendTlsConfig,
  GatewayModel,
  GatewayTls,
  Inventory,
  ListenerOwner,
  ListenerSetModel,
  ListenerSpec,
  ObjectReference,
  ReferenceGrantModel,
  RouteGroupKind,
  RouteModel,
  SecretFacts,
} from './model';
export type { AnalysisOptions } from './inventory';
export { ROUTE_KINDS_BY_PROTOCOL, listenerKinds } from './listenerKinds';
export type { ListenerKinds } from './listenerKinds';
export { NAMESPACE_NAME_LABEL } from './allowedRoutes';
export {
  CERT_MANAGER_ANNOTATIONS,
  certificateFindings,
  gatewayCertificates,
} from './certificates';
export type { ListenerAttachment } from './routeConflicts';
export { backendTlsPolicyFor } from './backendTlsPoliciesLookup';
export type {
  BackendTlsPolicyModel,
  BackendTlsPolicyTargetRef,
  BackendTlsPolicyValidation,
} from './backendTlsPoliciesModel';
export type { CaBundleFacts } from './backendTlsPoliciesCaBundle';
