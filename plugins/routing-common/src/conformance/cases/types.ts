// The shape of a conformance table row, outside __testUtils__ so that the tables under cases/
// (not test files) may use it; the harness re-exports it.
/** The conformance profiles of gateway-api v1.6.1 a case belongs to. */
export type ConformanceProfile =
  | 'GATEWAY-HTTP'
  | 'GATEWAY-TLS'
  | 'GATEWAY-GRPC'
  | 'GATEWAY-TCP'
  | 'GATEWAY-UDP'
  | 'MESH-HTTP'
  | 'MESH-GRPC';

/** Conditions by type, each as `Status/Reason` (or `Status` when the test checks no reason). */
export type ExpectedConditions = Record<string, string>;

/** What a conformance test asserts of one parent of a route. */
export interface ExpectedParent {
  /** `Kind namespace/name` of the parent, e.g. `Gateway gateway-conformance-infra/same-namespace`. */
  parent: string;
  sectionName?: string;
  port?: number;
  conditions: ExpectedConditions;
}

/** What a conformance test asserts of one route. */
export interface ExpectedRoute {
  /** `Kind namespace/name`, e.g. `HTTPRoute gateway-conformance-infra/gateway-conformance-infra-test`. */
  route: string;
  parents: ExpectedParent[];
}

/** What a conformance test asserts of one listener of a Gateway. */
export interface ExpectedListener {
  /** `namespace/name` of the Gateway. */
  gateway: string;
  listener: string;
  attachedRoutes?: number;
  supportedKinds?: string[];
  conditions?: ExpectedConditions;
}

/** What a conformance test asserts of a Gateway's own conditions. */
export interface ExpectedGateway {
  /** `namespace/name` of the Gateway. */
  gateway: string;
  conditions: ExpectedConditions;
}

/**
 * One test of the conformance suite as a table row: the suite's manifests (the base ones and
 * the test's own fixture) in, the status the Go test asserts out.
 */
export interface ConformanceCase {
  /** The test's ShortName in conformance/tests. */
  test: string;
  /** The fixture under `__fixtures__`, without `.yaml`. */
  fixture: string;
  /** Which base manifests the suite applies first: the Gateway profiles' or the mesh ones. */
  base?: 'gateway' | 'mesh';
  routes?: ExpectedRoute[];
  listeners?: ExpectedListener[];
  gateways?: ExpectedGateway[];
}
