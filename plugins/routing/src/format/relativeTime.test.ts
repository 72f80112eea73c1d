import { relativeTime } from './relativeTime';

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
