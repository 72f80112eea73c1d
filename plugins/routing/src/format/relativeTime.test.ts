import { relativeAge, relativeTime } from './relativeTime';

const now = new Date('2026-12-01T12:00:00.000Z');

describe('relativeTime', () => {
  it('says how long ago a past time was, in its largest whole unit', () => {
    expect(relativeTime('2026-12-01T11:57:00.000Z', now)).toBe('3 minutes ago');
    expect(relativeTime('2026-11-30T10:00:00.000Z', now)).toBe('yesterday');
  });

  it('says how far away a future time is', () => {
    expect(relativeTime('2026-12-24T13:00:00.000Z', now)).toBe('in 23 days');
    expect(relativeTime('2026-12-01T14:30:00.000Z', now)).toBe('in 2 hours');
  });

  it('says now within a second', () => {
    expect(relativeTime('2026-12-01T12:00:00.400Z', now)).toBe('now');
  });
});

describe('relativeAge', () => {
  const before = (seconds: number) =>
    new Date(now.getTime() - seconds * 1000).toISOString();

  it.each([
    [0, 'now'],
    [42, '42 seconds ago'],
    [60, '1 minute ago'],
    [3 * 60 + 59, '3 minutes ago'],
    [2 * 3600 + 1800, '2 hours ago'],
    [24 * 3600, 'yesterday'],
    [5 * 24 * 3600, '5 days ago'],
    [65 * 24 * 3600, '2 months ago'],
    [800 * 24 * 3600, '2 years ago'],
  ])('says %i seconds before is %s', (seconds, text) => {
    expect(relativeAge(before(seconds), now)).toBe(text);
  });

  it('says now for a time in the future, as a drifting clock makes one', () => {
    expect(relativeAge(before(-30), now)).toBe('now');
  });
});
