import { httpsListener } from '../../../__testUtils__/fieldFixtures';
import {
  describeCertificate,
  describeListener,
  unansweredHosts,
} from './describeListener';

describe('describeListener', () => {
  it('says which hostnames, protocol, port, TLS mode and certificate a listener has', () => {
    expect(describeListener(httpsListener)).toBe(
      '*.shop.example.com · HTTPS:443 · TLS Terminate · certificate ready (ClusterIssuer/letsencrypt)',
    );
  });

  it('says a listener without hostname answers any hostname', () => {
    expect(
      describeListener({
        ...httpsListener,
        hostname: undefined,
        tlsMode: undefined,
        certificate: undefined,
      }),
    ).toBe('any hostname · HTTPS:443');
  });
});

describe('describeCertificate', () => {
  it("gives cert-manager's reason when no certificate will be issued", () => {
    expect(
      describeCertificate({
        state: 'none',
        message:
          'the listener hostname is a wildcard and the issuer uses HTTP-01',
      }),
    ).toBe(
      'no certificate will be issued: the listener hostname is a wildcard and the issuer uses HTTP-01',
    );
  });

  it('says when the Gateway is not managed by cert-manager', () => {
    expect(describeCertificate({ state: 'unmanaged' })).toBe(
      'certificate not managed by cert-manager',
    );
  });
});

describe('unansweredHosts', () => {
  it("names the hosts the listener's hostname does not match: a wildcard takes labels before its suffix, not the suffix", () => {
    expect(
      unansweredHosts(httpsListener, [
        'www.shop.example.com',
        'shop.example.com',
        'a.b.shop.example.com',
        'legacy.other.com',
      ]),
    ).toEqual(['shop.example.com', 'legacy.other.com']);
  });

  it('names none for a listener that answers any hostname', () => {
    expect(
      unansweredHosts({ ...httpsListener, hostname: undefined }, [
        'legacy.other.com',
      ]),
    ).toEqual([]);
  });
});
