import type { ParentView, RouteCondition } from '../types/routes';
import { summarizeParents } from './summarizeParents';

function condition(
  type: string,
  status: RouteCondition['status'],
  observedGeneration = 1,
) {
  return { type, status, reason: type, message: '', observedGeneration };
}

function parent(...conditions: RouteCondition[]): ParentView {
  return { ref: { name: 'public' }, conditions };
}

const accepted = parent(
  condition('Accepted', 'True'),
  condition('ResolvedRefs', 'True'),
);
const refused = parent(condition('Accepted', 'False'));
const unresolved = parent(
  condition('Accepted', 'True'),
  condition('ResolvedRefs', 'False'),
);
const noStatus = parent();

describe('summarizeParents', () => {
  it.each([
    ['no parents', [], 'unknown'],
    ['every parent accepted with resolved refs', [accepted, accepted], 'ready'],
    ['every parent refused', [refused, refused], 'failed'],
    ['one parent refused, one accepted', [accepted, refused], 'degraded'],
    ['accepted with unresolved refs', [unresolved], 'degraded'],
    ['no controller wrote status', [noStatus], 'pending'],
    ['one parent not reconciled yet', [accepted, noStatus], 'degraded'],
  ])('%s: %s', (_, parents, expected) => {
    expect(summarizeParents(parents as ParentView[])).toBe(expected);
  });

  it('treats conditions for an older generation as pending', () => {
    expect(summarizeParents([accepted], 2)).toBe('pending');
    expect(summarizeParents([accepted], 1)).toBe('ready');
  });
});
