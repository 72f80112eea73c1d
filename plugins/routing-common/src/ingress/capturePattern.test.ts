import { capturePatternPrefix } from './capturePattern';

describe('capturePatternPrefix', () => {
  it.each([
    ['/api(/|$)(.*)', '/api'],
    ['/shop/v1(/|$)(.*)', '/shop/v1'],
    ['/(/|$)(.*)', '/'],
    ['/api', undefined],
    ['/api(/|$)(.+)', undefined],
    ['/a.i(/|$)(.*)', undefined],
    ['/api/(.*)', undefined],
  ])('%s -> %s', (path, prefix) => {
    expect(capturePatternPrefix(path)).toBe(prefix);
  });
});
