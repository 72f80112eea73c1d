import { ConfigReader } from '@backstage/config';
import type { JsonValue } from '@backstage/types';
import { createConfigClusterLocator } from './configClusterLocator';

const locate = (clusters: JsonValue | undefined) =>
  createConfigClusterLocator({
    locator: new ConfigReader({ type: 'config', clusters }),
    path: 'kubernetes.clusterLocatorMethods[0]',
    source: 'kubernetes.clusterLocatorMethods[0] (config)',
  }).locate();

describe('createConfigClusterLocator', () => {
  it('reads a cluster as Backstage does: auth keys into authMetadata under their annotation names', async () => {
    await expect(
      locate([
        {
          name: 'eks',
          title: 'EKS production',
          url: 'https://eks.example.com',
          authProvider: 'aws',
          assumeRole: 'arn:aws:iam::123:role/reader',
          externalId: 'portway',
          caData: 'Q0E=',
          skipTLSVerify: false,
        },
        {
          name: 'sa',
          url: 'https://sa.example.com',
          authProvider: 'serviceAccount',
          serviceAccountToken: 'token',
          caFile: '/etc/ca.pem',
        },
        {
          name: 'oidc',
          url: 'https://oidc.example.com',
          authProvider: 'oidc',
          oidcTokenProvider: 'okta',
          skipTLSVerify: true,
        },
      ]),
    ).resolves.toEqual([
      {
        name: 'eks',
        details: {
          name: 'eks',
          title: 'EKS production',
          url: 'https://eks.example.com',
          authMetadata: {
            'kubernetes.io/auth-provider': 'aws',
            'kubernetes.io/aws-assume-role': 'arn:aws:iam::123:role/reader',
            'kubernetes.io/aws-external-id': 'portway',
          },
          caData: 'Q0E=',
          caFile: undefined,
          skipTLSVerify: false,
          skipMetricsLookup: false,
        },
      },
      {
        name: 'sa',
        details: {
          name: 'sa',
          url: 'https://sa.example.com',
          authMetadata: {
            'kubernetes.io/auth-provider': 'serviceAccount',
            serviceAccountToken: 'token',
          },
          caData: undefined,
          caFile: '/etc/ca.pem',
          skipTLSVerify: false,
          skipMetricsLookup: false,
        },
      },
      {
        name: 'oidc',
        details: expect.objectContaining({
          authMetadata: {
            'kubernetes.io/auth-provider': 'oidc',
            'kubernetes.io/oidc-token-provider': 'okta',
          },
          skipTLSVerify: true,
        }),
      },
    ]);
  });

  it('takes the auth provider from an authMetadata block first, merged last', async () => {
    const [located] = await locate([
      {
        name: 'gke',
        url: 'https://gke.example.com',
        authProvider: 'google',
        authMetadata: {
          'kubernetes.io/auth-provider': 'googleServiceAccount',
          extra: 'kept',
        },
      },
    ]);
    expect(located.details?.authMetadata).toEqual({
      'kubernetes.io/auth-provider': 'googleServiceAccount',
      extra: 'kept',
    });
  });

  it('makes a problem entry of each bad cluster, and the others still work', async () => {
    const located = await locate([
      { name: 'no-url', authProvider: 'serviceAccount' },
      { url: 'https://nameless.example.com', authProvider: 'aws' },
      { name: 'no-auth', url: 'https://no-auth.example.com' },
      { name: 'ok', url: 'https://ok.example.com', authProvider: 'aws' },
      { name: 'ok', url: 'https://other.example.com', authProvider: 'aws' },
      { name: 'ftp', url: 'ftp://ftp.example.com', authProvider: 'aws' },
      {
        name: 'typed',
        url: 'https://typed.example.com',
        authProvider: 'aws',
        skipTLSVerify: 'yes',
      },
    ]);
    expect(located).toEqual([
      {
        name: 'no-url',
        problem: expect.stringMatching(
          /^kubernetes\.clusterLocatorMethods\[0\]\.clusters\[0\] \(no-url\): url: /,
        ),
      },
      {
        name: 'kubernetes.clusterLocatorMethods[0].clusters[1]',
        problem: expect.stringMatching(
          /^kubernetes\.clusterLocatorMethods\[0\]\.clusters\[1\]: name: /,
        ),
      },
      {
        name: 'no-auth',
        problem:
          "kubernetes.clusterLocatorMethods[0].clusters[2] (no-auth): no auth provider is configured: set authProvider (or authMetadata.kubernetes.io/auth-provider), as Backstage's Kubernetes plugin requires",
      },
      { name: 'ok', details: expect.objectContaining({ name: 'ok' }) },
      {
        name: 'kubernetes.clusterLocatorMethods[0].clusters[4]',
        problem:
          'kubernetes.clusterLocatorMethods[0].clusters[4]: the cluster name "ok" is used twice; cluster names must be unique',
      },
      {
        name: 'ftp',
        problem:
          'kubernetes.clusterLocatorMethods[0].clusters[5] (ftp): url: must be an http or https URL',
      },
      {
        name: 'typed',
        problem: expect.stringMatching(
          /^kubernetes\.clusterLocatorMethods\[0\]\.clusters\[6\] \(typed\): skipTLSVerify: /,
        ),
      },
    ]);
  });

  it('finds nothing without clusters, and refuses clusters that are not a list', async () => {
    await expect(locate(undefined)).resolves.toEqual([]);
    expect(() => locate({ name: 'x' })).toThrow(
      'clusters must be a list of clusters',
    );
  });
});
