import { listenerUrl, schemeForProtocol } from './urls';

describe('schemeForProtocol', () => {
  it.each([
    ['HTTP', 'http'],
    ['HTTPS', 'https'],
    ['TLS', 'https'],
    ['TCP', undefined],
    ['UDP', undefined],
  ])('%s listeners serve %s URLs', (protocol, scheme) => {
    expect(schemeForProtocol(protocol)).toBe(scheme);
  });
});

describe('listenerUrl', () => {
  it.each([
    ['https', 'a.example.com', 443, '/', 'https://a.example.com/'],
    ['http', 'a.example.com', 80, '/api', 'http://a.example.com/api'],
    ['https', 'a.example.com', 8443, '/', 'https://a.example.com:8443/'],
    ['http', 'a.example.com', 443, '/', 'http://a.example.com:443/'],
  ] as const)('%s on %s:%s%s is %s', (scheme, hostname, port, path, url) => {
    expect(listenerUrl(scheme, hostname, port, path)).toBe(url);
  });

  it('gives wildcard and catch-all hostnames no URL', () => {
    expect(listenerUrl('https', '*.example.com', 443, '/')).toBeUndefined();
    expect(listenerUrl('https', '*', 443, '/')).toBeUndefined();
  });
});
