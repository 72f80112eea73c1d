/** Helpers for the table-driven tests of validateRouteFields. */
import type { KubernetesObject } from '../../kubernetes/objects';
import { validateRouteFields } from '../validateRouteFields';

export const backend = { name: 'web', port: 8080 };

/** A valid route in shop/x with `spec` merged over one rule to Service web:8080. */
export function route(
  spec: Record<string, unknown>,
  kind = 'HTTPRoute',
): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind,
    metadata: { namespace: 'shop', name: 'x' },
    spec: {
      parentRefs: [{ name: 'public' }],
      rules: [{ backendRefs: [backend] }],
      ...spec,
    },
  };
}
export const rule = (r: Record<string, unknown>, kind?: string) =>
  route({ rules: [{ backendRefs: [backend], ...r }] }, kind);
export const match = (m: Record<string, unknown>, kind?: string) =>
  rule({ matches: [m] }, kind);
/** `field code message` of each finding. */
export const found = (object: KubernetesObject) =>
  validateRouteFields(object).map(f => `${f.field} ${f.code} ${f.message}`);
export const times = <T>(n: number, value: T): T[] =>
  Array.from({ length: n }, () => value);

export type Case = [string, KubernetesObject, string[]];

/** A gateway.networking.k8s.io/v1 object of `kind` in shop/x with this spec. */
export const object = (
  kind: string,
  spec: Record<string, unknown>,
): KubernetesObject => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind,
  metadata: { namespace: 'shop', name: 'x' },
  spec,
});

/** Matchers for findings, in order, that contain the expected strings. */
export const containing = (expected: string[]) =>
  expected.map(e => expect.stringContaining(e));
