import {
  canMoveExposureRequest,
  ExposureRequestState,
  holdsHostnames,
} from './exposureRequests';

describe('the exposure request lifecycle', () => {
  it.each<[ExposureRequestState, ExposureRequestState, boolean]>([
    ['requested', 'open', true],
    ['requested', 'failed', true],
    ['requested', 'closed', true],
    ['requested', 'merged', false],
    ['requested', 'live', false],
    ['open', 'open', true],
    ['open', 'merged', true],
    ['open', 'expired', true],
    ['open', 'closed', true],
    ['open', 'live', false],
    ['merged', 'live', true],
    ['merged', 'failed', true],
    ['merged', 'open', false],
    ['live', 'closed', true],
    ['live', 'requested', false],
    ['closed', 'open', false],
    ['expired', 'open', false],
    ['failed', 'live', false],
  ])('%s -> %s: %s', (from, to, allowed) => {
    expect(canMoveExposureRequest(from, to)).toBe(allowed);
  });

  it.each<[ExposureRequestState, boolean]>([
    ['requested', true],
    ['open', true],
    ['merged', true],
    ['live', true],
    ['failed', false],
    ['closed', false],
    ['expired', false],
  ])('%s holds its hostnames: %s', (state, holds) => {
    expect(holdsHostnames(state)).toBe(holds);
  });
});
