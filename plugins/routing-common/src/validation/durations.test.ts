import { durationMs } from './durations';

describe('durationMs', () => {
  it.each<[unknown, number | undefined]>([
    ['0s', 0],
    ['1h30m', 5400000],
    ['1m1s1ms', 61001],
    ['500ms', 500],
    ['1d', undefined],
    [10, undefined],
  ])('%s', (value, ms) => expect(durationMs(value)).toBe(ms));
});
