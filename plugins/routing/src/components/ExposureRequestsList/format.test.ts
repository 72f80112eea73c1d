import {
  exposureRequestStates,
  type ExposureRequestState,
} from '@portway/plugin-routing-common';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import {
  changeRequestLabel,
  relativeAge,
  serviceLabel,
  stateTone,
  type ExposureRequestTone,
} from './format';

describe('stateTone', () => {
  const expected: Record<ExposureRequestState, ExposureRequestTone> = {
    requested: 'progress',
    open: 'progress',
    merged: 'progress',
    live: 'success',
    failed: 'error',
    closed: 'neutral',
    expired: 'neutral',
  };

  it.each(exposureRequestStates.map(state => [state, expected[state]]))(
    'shows %s as %s',
    (state, tone) => {
      expect(stateTone(state)).toBe(tone);
    },
  );
});

describe('changeRequestLabel', () => {
  it.each([
    ['github', 'Pull request'],
    ['gitlab', 'Merge request'],
    ['bitbucketServer', 'Pull request'],
    [undefined, 'Pull request'],
  ] as const)('calls the change on %s a %s', (provider, label) => {
    expect(changeRequestLabel(provider)).toBe(label);
  });
});

describe('serviceLabel', () => {
  it('names the Service and port in the request namespace', () => {
    expect(serviceLabel(exposureRequest('open'))).toBe('shop/storefront:8080');
  });
});

describe('relativeAge', () => {
  const now = new Date('2026-12-01T12:00:00.000Z');
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
