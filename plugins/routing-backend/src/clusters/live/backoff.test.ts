import { createBackoff } from './backoff';

describe('createBackoff', () => {
  const settings = { backoffInitialMs: 100, backoffMaxMs: 1000 };

  it('doubles up to the maximum, waiting between half and all of each step', () => {
    const low = createBackoff(settings, () => 0);
    const high = createBackoff(settings, () => 1);
    const steps = 6;
    const lows = Array.from({ length: steps }, () => low.next());
    const highs = Array.from({ length: steps }, () => high.next());
    expect(lows).toEqual([50, 100, 200, 400, 500, 500]);
    expect(highs).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('starts over after reset', () => {
    const backoff = createBackoff(settings, () => 1);
    backoff.next();
    backoff.next();
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });
});
