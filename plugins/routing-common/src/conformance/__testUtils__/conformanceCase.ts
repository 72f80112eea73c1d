// describeConformance registers jest tests on behalf of the *.conformance.test.ts files, so
// this module both calls `it` and exports.
/* eslint-disable jest/no-export */
import fs from 'node:fs';
import path from 'node:path';
import { analyzeManifests } from '../../analysis/analyzeManifests';
import { parseManifests } from '../../kubernetes/parseManifests';
import type { Analysis } from '../../semantics/types';
import type { ParentReference, RouteCondition } from '../../types/routes';
import type {
  ConformanceCase,
  ConformanceProfile,
  ExpectedConditions,
  ExpectedGateway,
  ExpectedListener,
  ExpectedRoute,
} from '../cases/types';

export type {
  ConformanceCase,
  ConformanceProfile,
  ExpectedConditions,
  ExpectedGateway,
  ExpectedListener,
  ExpectedParent,
  ExpectedRoute,
} from '../cases/types';

const FIXTURES = path.resolve(__dirname, '../__fixtures__');

function readFixture(name: string) {
  const file = path.join(FIXTURES, `${name}.yaml`);
  return parseManifests(fs.readFileSync(file, 'utf8'), `${name}.yaml`).map(
    m => m.object,
  );
}

/** The objects of a case as the suite would have them in the cluster. */
export function caseObjects(testCase: ConformanceCase) {
  const base = testCase.base === 'mesh' ? 'mesh-base' : 'base';
  return [...readFixture(base), ...readFixture(testCase.fixture)];
}

/** The conditions of `expected`'s types as found, each as `Status/Reason` or `Status` like the expectation. */
export function shown(
  conditions: RouteCondition[],
  expected: ExpectedConditions,
) {
  return Object.fromEntries(
    Object.entries(expected).map(([type, want]) => {
      const found = conditions.find(c => c.type === type);
      if (!found) return [type, 'absent'];
      return [
        type,
        want.includes('/') ? `${found.status}/${found.reason}` : found.status,
      ];
    }),
  );
}

function parentLabel(ref: ParentReference, routeNamespace: string) {
  return `${ref.kind ?? 'Gateway'} ${ref.namespace ?? routeNamespace}/${
    ref.name
  }`;
}

function actualRoute(analysis: Analysis, expected: ExpectedRoute) {
  const route = analysis.routes.find(
    r => `${r.kind} ${r.namespace}/${r.name}` === expected.route,
  );
  if (!route) return { route: expected.route, parents: 'route not analysed' };
  return {
    route: expected.route,
    parents: expected.parents.map(want => {
      const parent = route.parents.find(
        p =>
          parentLabel(p.parentRef, route.namespace) === want.parent &&
          p.parentRef.sectionName === want.sectionName &&
          p.parentRef.port === want.port,
      );
      return {
        parent: want.parent,
        ...(want.sectionName !== undefined
          ? { sectionName: want.sectionName }
          : {}),
        ...(want.port !== undefined ? { port: want.port } : {}),
        conditions: parent
          ? shown(parent.conditions, want.conditions)
          : 'no such parent in the analysis',
      };
    }),
  };
}

function actualListener(analysis: Analysis, expected: ExpectedListener) {
  const listener = analysis.gateways
    .find(g => `${g.namespace}/${g.name}` === expected.gateway)
    ?.listeners.find(l => l.name === expected.listener);
  if (!listener) return { ...expected, conditions: 'no such listener' };
  return {
    gateway: expected.gateway,
    listener: expected.listener,
    ...(expected.attachedRoutes !== undefined
      ? { attachedRoutes: listener.attachedRoutes }
      : {}),
    ...(expected.supportedKinds !== undefined
      ? { supportedKinds: listener.supportedKinds.map(k => k.kind) }
      : {}),
    ...(expected.conditions !== undefined
      ? { conditions: shown(listener.conditions, expected.conditions) }
      : {}),
  };
}

function actualGateway(analysis: Analysis, expected: ExpectedGateway) {
  const gateway = analysis.gateways.find(
    g => `${g.namespace}/${g.name}` === expected.gateway,
  );
  return {
    gateway: expected.gateway,
    conditions: gateway
      ? shown(gateway.conditions, expected.conditions)
      : 'no such Gateway',
  };
}

/**
 * What the analysis says, in the shape of the case's expectations: compare it with
 * {@link expectedOf} to see every assertion that differs at once.
 */
export function actualOf(
  testCase: ConformanceCase,
  objects = caseObjects(testCase),
) {
  const analysis = analyzeManifests(objects);
  return {
    routes: (testCase.routes ?? []).map(r => actualRoute(analysis, r)),
    listeners: (testCase.listeners ?? []).map(l => actualListener(analysis, l)),
    gateways: (testCase.gateways ?? []).map(g => actualGateway(analysis, g)),
  };
}

/** The case's expectations, in the shape {@link actualOf} gives. */
export function expectedOf(testCase: ConformanceCase) {
  return {
    routes: testCase.routes ?? [],
    listeners: testCase.listeners ?? [],
    gateways: testCase.gateways ?? [],
  };
}

/** Runs a table of cases as one jest test each, named after the conformance test. */
export function describeConformance(
  profile: ConformanceProfile,
  cases: ConformanceCase[],
) {
  describe(`conformance ${profile}`, () => {
    it.each(cases.map(c => [c.test, c] as const))('%s', (_name, testCase) => {
      expect(actualOf(testCase)).toEqual(expectedOf(testCase));
    });
  });
}
