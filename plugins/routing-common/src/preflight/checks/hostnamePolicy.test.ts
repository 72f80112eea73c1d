import type { ExposureRequestInput } from '../../types/exposure';
import type { ExposurePolicy } from '../../types/exposurePolicy';
import { parseExposureRequest } from '../../validation/parseExposureRequest';
import {
  codes as preflightCodes,
  grpcMesh,
  http,
  ingress,
  preflight,
} from '../__testUtils__/preflightCase';
import { ownedBy, testCluster } from '../__testUtils__/testCluster';
import { domainAllows, hostnamePolicy } from './hostnamePolicy';

describe('domainAllows', () => {
  it.each([
    ['shop.example.com', 'shop.example.com', true],
    ['shop.example.com', 'www.shop.example.com', false],
    ['shop.example.com', '*.shop.example.com', false],
    ['*.shop.example.com', 'www.shop.example.com', true],
    ['*.shop.example.com', 'a.b.shop.example.com', true],
    ['*.shop.example.com', 'shop.example.com', false],
    ['*.shop.example.com', '*.shop.example.com', true],
    ['*.shop.example.com', '*.eu.shop.example.com', true],
    ['*.eu.shop.example.com', '*.shop.example.com', false],
    ['*.shop.example.com', 'myshop.example.com', false],
    ['*.shop.example.com', 'www.shop.example.com.evil.com', false],
    ['Shop.Example.COM', 'shop.example.com', true],
    ['*.SHOP.example.com', 'www.shop.example.com', true],
    ['shop.example.com.', 'shop.example.com', true],
    ['*.shop.example.com.', 'www.shop.example.com', true],
    ['shop.example.com', 'shop.example.com.', true],
  ])('%s allows %s: %s', (domain, hostname, allowed) => {
    expect(domainAllows(domain, hostname)).toBe(allowed);
  });
});

const policy: ExposurePolicy = {
  hostnames: [
    {
      listener: 'infra/public/https',
      domains: ['shop.example.com', '*.shop.example.com'],
    },
    { owner: 'group:default/payments', domains: ['*.pay.example.com'] },
  ],
};

function check(
  request: ExposureRequestInput,
  owners: string[] = [],
  withPolicy: ExposurePolicy = policy,
) {
  return hostnamePolicy({
    request: parseExposureRequest(request),
    policy: withPolicy,
    owners,
  });
}

const codes = (findings: ReturnType<typeof check>) =>
  findings.map(f => `${f.severity} ${f.code} ${f.field}`);

describe('hostnamePolicy', () => {
  it('allows hostnames within the listener rule of the request’s listener', () => {
    expect(
      check({
        ...http,
        hostnames: ['shop.example.com', 'www.shop.example.com'],
      }),
    ).toEqual([]);
  });

  it('refuses a hostname outside the listener rule, naming it, the rule and the allowed domains', () => {
    const findings = check({
      ...http,
      hostnames: ['www.shop.example.com', 'shop.example.org'],
    });
    expect(findings).toEqual([
      {
        severity: 'error',
        code: 'HostnameNotAllowed',
        field: 'hostnames[1]',
        message:
          'shop.example.org is not allowed by the hostname policy: the rule for listener infra/public/https allows only shop.example.com, *.shop.example.com',
      },
    ]);
  });

  it('applies a rule naming a listener to a request naming none, whose route attaches to every listener', () => {
    const request = {
      ...http,
      gateway: { namespace: 'infra', name: 'public' },
      hostnames: ['shop.example.org'],
    };
    expect(codes(check(request))).toEqual([
      'error HostnameNotAllowed hostnames[0]',
    ]);
  });

  it('does not apply a listener rule to another listener or another Gateway', () => {
    const elsewhere = { hostnames: ['shop.example.org'] };
    expect(
      check({
        ...http,
        ...elsewhere,
        gateway: { namespace: 'infra', name: 'public', sectionName: 'http' },
      }),
    ).toEqual([]);
    expect(
      check({
        ...http,
        ...elsewhere,
        gateway: { namespace: 'infra', name: 'internal', sectionName: 'https' },
      }),
    ).toEqual([]);
  });

  it('applies a rule naming a whole Gateway to every listener of it', () => {
    const gatewayWide: ExposurePolicy = {
      hostnames: [{ listener: 'infra/public', domains: ['*.example.com'] }],
    };
    expect(
      codes(
        check({ ...http, hostnames: ['shop.example.org'] }, [], gatewayWide),
      ),
    ).toEqual(['error HostnameNotAllowed hostnames[0]']);
  });

  it('applies the owner rule to the requests of that owner’s entities', () => {
    const owners = ['group:default/payments'];
    expect(
      check({ ...ingress, hostnames: ['checkout.pay.example.com'] }, owners),
    ).toEqual([]);
    expect(
      check({ ...ingress, hostnames: ['checkout.example.com'] }, owners),
    ).toEqual([
      expect.objectContaining({
        code: 'HostnameNotAllowed',
        message:
          'checkout.example.com is not allowed by the hostname policy: the rule for owner group:default/payments allows only *.pay.example.com',
      }),
    ]);
  });

  it('compares owners by their full reference, whatever the rule’s spelling', () => {
    const spelt: ExposurePolicy = {
      hostnames: [{ owner: 'Payments', domains: ['*.pay.example.com'] }],
    };
    expect(
      codes(
        check(
          { ...ingress, hostnames: ['a.example.com'] },
          ['group:default/payments'],
          spelt,
        ),
      ),
    ).toEqual(['error HostnameNotAllowed hostnames[0]']);
  });

  it('needs every rule that applies to allow a hostname, and names the others that apply', () => {
    const owners = ['group:default/payments'];
    expect(check({ ...http, hostnames: ['shop.example.com'] }, owners)).toEqual(
      [
        expect.objectContaining({
          code: 'HostnameNotAllowed',
          message:
            'shop.example.com is not allowed by the hostname policy: the rule for owner group:default/payments allows only *.pay.example.com; the rule for listener infra/public/https (shop.example.com, *.shop.example.com) applies too, and a hostname must be allowed by every rule that applies',
        }),
      ],
    );
    expect(
      check({ ...http, hostnames: ['pay.example.com'] }, owners)[0].message,
    ).toContain(
      'the rule for listener infra/public/https allows only shop.example.com, *.shop.example.com; the rule for owner group:default/payments allows only *.pay.example.com',
    );
  });

  it('does not restrict hostnames when no rule applies', () => {
    expect(
      check({ ...ingress, hostnames: ['anything.example.net'] }, [
        'group:default/shop',
      ]),
    ).toEqual([]);
    expect(check({ ...http, hostnames: ['x.example.net'] }, [], {})).toEqual(
      [],
    );
  });

  it('gives Ingress requests only the owner rules, since they use no Gateway', () => {
    expect(check({ ...ingress, hostnames: ['shop.example.org'] })).toEqual([]);
  });

  it('has nothing to check for a mesh request, which has no hostnames', () => {
    expect(check(grpcMesh, ['group:default/payments'])).toEqual([]);
  });

  it('says the owner rules were not checked when the owners are not known, and still checks the listener rules', () => {
    const withoutOwners = (hostname: string) =>
      hostnamePolicy({
        request: parseExposureRequest({ ...http, hostnames: [hostname] }),
        policy,
      });
    expect(codes(withoutOwners('www.shop.example.com'))).toEqual([
      'info OwnerRulesNotChecked hostnames',
    ]);
    expect(withoutOwners('www.shop.example.com')[0].message).toBe(
      "the hostname policy's rules for owner group:default/payments were not checked: the entity's owners are not known (no catalog entity at hand)",
    );
    expect(codes(withoutOwners('shop.example.org'))).toEqual([
      'info OwnerRulesNotChecked hostnames',
      'error HostnameNotAllowed hostnames[0]',
    ]);
  });
});

describe('the hostname policy in the preflight', () => {
  const refused = { ...http, hostnames: ['shop.example.org'] };

  it('is checked without a cluster, and a refusal leaves no files', () => {
    const result = preflight(refused, { policy, owners: [] });
    expect(result.ok).toBe(false);
    expect(result.files).toEqual([]);
    expect(preflightCodes(result)).toEqual([
      'error HostnameNotAllowed hostnames[0]',
    ]);
  });

  it('is reported with the cluster checks, before them', () => {
    const result = preflight(refused, {
      clusters: [testCluster()],
      ownsService: ownedBy('storefront'),
      policy,
      owners: [],
    });
    expect(preflightCodes(result)[0]).toBe(
      'error HostnameNotAllowed hostnames[0]',
    );
    expect(preflightCodes(result)).toContain(
      'error NoMatchingListenerHostname hostnames',
    );
  });

  it('is not checked for a request that breaks its own rules', () => {
    const result = preflight(
      { ...refused, service: { name: 'storefront', port: 0 } },
      { policy, owners: [] },
    );
    expect(preflightCodes(result)).toEqual(['error InvalidPort service.port']);
  });
});
