import { ConfigReader } from '@backstage/config';
import { mockLogger } from '../live/__testUtils__/mockLogger';
import { withClusterAuth } from './clusterAuth';
import type { ClusterLocator, LocatedCluster } from './types';

const details = (name: string, authProvider: string) => ({
  name,
  url: `https://${name}.example.com`,
  authMetadata: { 'kubernetes.io/auth-provider': authProvider },
});

const fixed = (source: string, located: LocatedCluster[]): ClusterLocator => ({
  source,
  dynamic: false,
  locate: async () => located,
});

describe('withClusterAuth', () => {
  it('replaces the auth of the clusters routing.clusterAuth names, and only theirs', async () => {
    const logger = mockLogger();
    const [locator] = withClusterAuth({
      locators: [
        fixed('config', [
          { name: 'gke', details: details('gke', 'google') },
          { name: 'eks', details: details('eks', 'aws') },
        ]),
      ],
      config: new ConfigReader({
        routing: {
          clusterAuth: [
            {
              cluster: 'gke',
              authProvider: 'serviceAccount',
              serviceAccountToken: 'sa',
            },
            {
              cluster: 'eks',
              authProvider: 'aws',
              assumeRole: 'arn:aws:iam::1:role/portway',
              externalId: 'x',
            },
          ],
        },
      }),
      logger,
    });
    await expect(locator.locate()).resolves.toEqual([
      {
        name: 'gke',
        details: {
          ...details('gke', 'google'),
          authMetadata: {
            'kubernetes.io/auth-provider': 'serviceAccount',
            serviceAccountToken: 'sa',
          },
        },
      },
      {
        name: 'eks',
        details: {
          ...details('eks', 'aws'),
          authMetadata: {
            'kubernetes.io/auth-provider': 'aws',
            'kubernetes.io/aws-assume-role': 'arn:aws:iam::1:role/portway',
            'kubernetes.io/aws-external-id': 'x',
          },
        },
      },
    ]);
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it('warns once, after every locator answered, about an entry naming no cluster', async () => {
    const logger = mockLogger();
    const locators = withClusterAuth({
      locators: [
        fixed('a', [{ name: 'one', details: details('one', 'google') }]),
        fixed('b', [{ name: 'two', problem: 'broken' }]),
      ],
      config: new ConfigReader({
        routing: {
          clusterAuth: [
            { cluster: 'two', authProvider: 'azure' },
            { cluster: 'typo', authProvider: 'azure' },
          ],
        },
      }),
      logger,
    });
    await locators[0].locate();
    expect(logger.warn).not.toHaveBeenCalled();
    await locators[1].locate();
    await locators[0].locate();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      'routing.clusterAuth names cluster "typo", which no cluster locator found; check the name against kubernetes.clusterLocatorMethods',
    );
  });

  it('keeps the EKS cluster id a cluster names, and nothing else of its own auth', async () => {
    const [locator] = withClusterAuth({
      locators: [
        fixed('a', [
          {
            name: 'payments',
            details: {
              ...details('payments', 'oidc'),
              authMetadata: {
                'kubernetes.io/auth-provider': 'oidc',
                'kubernetes.io/oidc-token-provider': 'okta',
                'kubernetes.io/x-k8s-aws-id': 'eks-payments-prod',
              },
            },
          },
        ]),
      ],
      config: new ConfigReader({
        routing: {
          clusterAuth: [
            { cluster: 'payments', authProvider: 'aws', assumeRole: 'arn:r' },
          ],
        },
      }),
      logger: mockLogger(),
    });
    const [payments] = await locator.locate();
    expect(payments.details?.authMetadata).toEqual({
      'kubernetes.io/auth-provider': 'aws',
      'kubernetes.io/aws-assume-role': 'arn:r',
      'kubernetes.io/x-k8s-aws-id': 'eks-payments-prod',
    });
  });

  it('logs and skips a bad entry, or a second one for the same cluster', async () => {
    const logger = mockLogger();
    const [locator] = withClusterAuth({
      locators: [
        fixed('a', [{ name: 'one', details: details('one', 'google') }]),
      ],
      config: new ConfigReader({
        routing: {
          clusterAuth: [
            { cluster: 'one', authProvider: 'oidc' },
            { cluster: 'one', authProvider: 'azure' },
            { cluster: 'one', authProvider: 'aws' },
          ],
        },
      }),
      logger,
    });
    const [one] = await locator.locate();
    expect(one.details?.authMetadata).toEqual({
      'kubernetes.io/auth-provider': 'azure',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /^routing\.clusterAuth\[0\] is ignored: authProvider: /,
      ),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      'routing.clusterAuth[2] is ignored: an earlier entry already sets the auth of cluster "one"',
    );
  });

  it('leaves the locators as they are without routing.clusterAuth', () => {
    const locators = [fixed('a', [])];
    expect(
      withClusterAuth({
        locators,
        config: new ConfigReader({}),
        logger: mockLogger(),
      }),
    ).toBe(locators);
  });
});
