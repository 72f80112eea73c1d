import { nameFromHost } from './names';

describe('nameFromHost', () => {
  it.each([
    ['foo.example.com', 'foo-example-com'],
    ['', 'all-hosts'],
    ['*', 'all-hosts'],
    ['*.example.com', 'wildcard-example-com'],
    ['a--b.io', 'a-b-io'],
  ])('%s is %s', (host, name) => {
    expect(nameFromHost(host)).toBe(name);
  });
});
