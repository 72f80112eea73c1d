import {
  exposureRequestStates,
  type ExposureRequestState,
} from '@portway/plugin-routing-common';
import { exposureRequest } from '../../__testUtils__/exposureRequestFixtures';
import {
  changeRequestLabel,
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
