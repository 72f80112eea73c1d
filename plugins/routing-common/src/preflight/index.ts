export * from './types';
export { preflightExposure } from './preflightExposure';
export { createObjectIndex } from './createObjectIndex';
export { listenerOptions } from './listenerOptions';
export { routeNeighbourhood } from './routeNeighbourhood';
export { clusterKinds, clusterKindOf } from './clusterKinds';
export { clusterStateFindings } from './checks/clusterState';
