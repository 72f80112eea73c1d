import { analyzeManifests } from '../analysis/analyzeManifests';
import type { KubernetesObject } from '../kubernetes/objects';
import {
  actualOf,
  caseObjects,
  expectedOf,
  shown,
} from './__testUtils__/conformanceCase';
import {
  backendTlsPolicyCases,
  type ExpectedPolicy,
} from './cases/backendTlsPolicies';
import { INFRA } from './cases/expectations';

function actualPolicies(
  objects: KubernetesObject[],
  expected: ExpectedPolicy[],
) {
  const policies = analyzeManifests(objects).backendTlsPolicies ?? [];
  return expected.map(want => {
    const ancestor = policies
      .find(p => p.namespace === INFRA && p.name === want.policy)
      ?.ancestors.find(
        a =>
          a.ancestorRef.name === want.gateway &&
          (a.ancestorRef.namespace ?? INFRA) === INFRA,
      );
    return {
      ...want,
      conditions: ancestor
        ? shown(ancestor.conditions, want.conditions)
        : 'no such policy ancestor',
    };
  });
}

describe('conformance GATEWAY-HTTP BackendTLSPolicy', () => {
  it.each(backendTlsPolicyCases.map(c => [c.test, c] as const))(
    '%s',
    (_name, testCase) => {
      const objects = caseObjects(testCase);
      const edited = testCase.edit ? testCase.edit(objects) : objects;
      expect(actualPolicies(edited, testCase.policies)).toEqual(
        testCase.policies,
      );
      expect(actualOf(testCase, edited)).toEqual(expectedOf(testCase));
    },
  );
});
