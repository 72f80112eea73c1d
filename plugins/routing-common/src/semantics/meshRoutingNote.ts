import type { Finding } from '../types/findings';
import { listWords } from './conditions';

/**
 * Portway's word on mesh routes (a route whose parent is a Service: GAMMA), once per analysis:
 * their conditions are what a mesh implementation would set by GEP-1294, but the mesh
 * conformance profiles assert traffic only, so the prediction is marked experimental.
 */
export function meshRoutingNote(routes: string[]): Finding {
  return {
    severity: 'info',
    code: 'MeshRoutingExperimental',
    message: `${listWords(routes)} ${
      routes.length === 1 ? 'has' : 'have'
    } a Service parent (Gateway API mesh routing, GAMMA): Portway's analysis of mesh routes is experimental, predicting what a mesh implementation sets by GEP-1294; no conformance test asserts mesh route status`,
  };
}
