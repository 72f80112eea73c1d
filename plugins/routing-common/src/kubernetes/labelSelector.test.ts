import {
  formatLabelSelector,
  matchesRequirements,
  parseLabelSelector,
  selectorRequirements,
} from './labelSelector';

describe('parseLabelSelector', () => {
  it('parses equality, set and existence requirements', () => {
    expect(
      parseLabelSelector('app=shop, tier in (web, api),env!=dev,!canary,team'),
    ).toEqual([
      { key: 'app', operator: 'In', values: ['shop'] },
      { key: 'tier', operator: 'In', values: ['web', 'api'] },
      { key: 'env', operator: 'NotIn', values: ['dev'] },
      { key: 'canary', operator: 'DoesNotExist' },
      { key: 'team', operator: 'Exists' },
    ]);
  });

  it('names the requirement it cannot parse', () => {
    expect(() => parseLabelSelector('app in (')).toThrow(
      '"app in (" is not a label selector requirement',
    );
  });
});

describe('matchesRequirements', () => {
  const labels = { app: 'shop', tier: 'web' };

  it.each([
    ['app=shop', true],
    ['app==shop,tier=web', true],
    ['app=other', false],
    ['tier in (web,api)', true],
    ['tier notin (web)', false],
    ['env notin (dev)', true],
    ['!tier', false],
    ['!env', true],
    ['app', true],
  ])('%s matches: %s', (selector, expected) => {
    expect(matchesRequirements(labels, parseLabelSelector(selector))).toBe(
      expected,
    );
  });

  it('reads structured selectors with matchLabels and matchExpressions', () => {
    const requirements = selectorRequirements({
      matchLabels: { app: 'shop' },
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }],
    });
    expect(matchesRequirements(labels, requirements)).toBe(true);
    expect(matchesRequirements({ app: 'shop' }, requirements)).toBe(false);
  });
});

describe('formatLabelSelector', () => {
  it('writes requirements as kubectl does, so that they parse back the same', () => {
    const selector = 'app=shop,tier in (web,api),env notin (dev),!canary,team';
    expect(formatLabelSelector(parseLabelSelector(selector))).toBe(selector);
  });
});
