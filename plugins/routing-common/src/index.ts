/**
 * Shared types, permissions, validation and manifest builders for Portway routing.
 *
 * @packageDocumentation
 */
export * from './types/routes';
export * from './types/meshRoutes';
export * from './types/gateways';
export * from './types/findings';
export * from './types/exposure';
export * from './types/exposureRequests';
export * from './types/exposurePolicy';
export * from './types/ingressMigration';
export * from './types/meshMigration';
export * from './ingressMigration';
export * from './virtualServiceConversion';
export * from './permissions/permissions';
export * from './validation/fieldRules';
export type { FieldUse, TypeSpecificField } from './validation/fieldUse';
export * from './validation/validateExposureRequest';
export * from './validation/exposureCodes';
export { EXPOSURE_LIMITS } from './validation/exposureFindings';
export * from './validation/parseExposureRequest';
export * from './validation/parseExposurePolicy';
export * from './validation/validateRouteFields';
export * from './manifests/labels';
export * from './manifests/kustomization';
export * from './manifests/gitopsPaths';
export * from './manifests/renderExposure';
export * from './exposure/types';
export * from './exposure/exposureKinds';
export * from './exposure/exposureNames';
export * from './exposure/exposureRequestFromForm';
export * from './kubernetes/objects';
export * from './kubernetes/labelSelector';
export * from './kubernetes/entityAnnotations';
export * from './kubernetes/parseManifests';
export * from './gatewayApi/hostnames';
export * from './gatewayApi/parentRefs';
export * from './gatewayApi/urls';
export * from './views/summarizeParents';
export * from './views/gatewayRouteView';
export * from './views/virtualServiceRouteView';
export * from './views/ingressRouteView';
export type {
  GatewayRouteLookup,
  RouteStanding,
} from './views/ingressMigration';
export * from './views/backendStates';
export * from './views/entityRoutingPath';
export * from './views/routeFamily';
export * from './views/meshClaimConflicts';
export * from './views/explainCondition';
export * from './views/explainGatewayCondition';
export * from './views/listenerCertificates';
export * from './views/backendTls';
export * from './semantics';
export * from './istio';
export * from './ingress';
export * from './analysis';
export * from './migrate';
export * from './meshMigration';
export * from './types/pickers';
export * from './kubernetes/routeReferences';
export * from './preflight';
export * from './signals/routingSignals';
