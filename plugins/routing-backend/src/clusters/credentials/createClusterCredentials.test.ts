import fs from 'node:fs';
import { ConfigReader } from '@backstage/config';
import {
  ANNOTATION_KUBERNETES_AUTH_PROVIDER,
  ANNOTATION_KUBERNETES_AWS_CLUSTER_ID,
} from '@backstage/plugin-kubernetes-common';
import type {
  AuthenticationStrategy,
  ClusterDetails,
  KubernetesCredential,
} from '@backstage/plugin-kubernetes-node';
import { inClusterTokenFile } from '../live/__testUtils__/inClusterTokenFile';
import { mockLogger } from '../live/__testUtils__/mockLogger';
import { createClusterCredentials } from './createClusterCredentials';

const azureGetToken = jest.fn();
jest.mock('@azure/identity', () => ({
  DefaultAzureCredential: jest.fn(() => ({ getToken: azureGetToken })),
}));

function credentials(
  config: object = {},
  authStrategies: Record<string, AuthenticationStrategy> = {},
) {
  return createClusterCredentials({
    config: new ConfigReader(config),
    logger: mockLogger(),
    authStrategies,
  });
}

const cluster = (authMetadata: Record<string, string>): ClusterDetails => ({
  name: 'prod',
  url: 'https://prod.example.com',
  authMetadata,
});
const withProvider = (
  authProvider: string,
  more: Record<string, string> = {},
) => cluster({ [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: authProvider, ...more });

describe('createClusterCredentials', () => {
  describe('serviceAccount', () => {
    it('sends the configured serviceAccountToken', async () => {
      const prod = withProvider('serviceAccount', {
        serviceAccountToken: 't0k',
      });
      expect(credentials().problemWith(prod)).toBeUndefined();
      await expect(credentials().credentialFor(prod)).resolves.toEqual({
        type: 'bearer token',
        token: 't0k',
      });
    });

    describe('without a token, in a pod', () => {
      let pod: ReturnType<typeof inClusterTokenFile>;
      beforeEach(() => {
        pod = inClusterTokenFile();
      });
      afterEach(() => pod.restore());

      it("sends the pod's service account token", async () => {
        fs.writeFileSync(pod.tokenFile, 'pod-token');
        await expect(
          credentials().credentialFor(withProvider('serviceAccount')),
        ).resolves.toEqual({ type: 'bearer token', token: 'pod-token' });
      });

      it('says which token file is missing and what to set instead', async () => {
        await expect(
          credentials().credentialFor(withProvider('serviceAccount')),
        ).rejects.toThrow(
          `signing with authProvider "serviceAccount" failed; set the cluster's serviceAccountToken, or run the backend in a pod whose service account may read the cluster; caused by Error: ENOENT: no such file or directory, open '${pod.tokenFile}'`,
        );
      });
    });
  });

  describe('aws', () => {
    const saved = { ...process.env };
    beforeEach(() => {
      for (const key of Object.keys(process.env)) {
        if (key.startsWith('AWS_')) delete process.env[key];
      }
      // Nothing on this machine may answer for AWS: no files, no instance metadata.
      process.env.AWS_CONFIG_FILE = '/nonexistent/aws-config';
      process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws-credentials';
      process.env.AWS_EC2_METADATA_DISABLED = 'true';
    });
    afterEach(() => {
      process.env = { ...saved };
    });

    /** The STS GetCallerIdentity URL an EKS token is, presigned. */
    const presignedUrl = (token: string) =>
      new URL(
        Buffer.from(token.replace(/^k8s-aws-v1\./, ''), 'base64url').toString(),
      );

    it('signs an EKS token with aws.mainAccount credentials, for the cluster named', async () => {
      const signed = await credentials({
        aws: {
          mainAccount: { accessKeyId: 'AKIAMAIN', secretAccessKey: 'secret' },
        },
      }).credentialFor(
        withProvider('aws', {
          [ANNOTATION_KUBERNETES_AWS_CLUSTER_ID]: 'eks-1',
        }),
      );
      expect(signed.type).toBe('bearer token');
      const token = (signed as { token: string }).token;
      expect(token).toMatch(/^k8s-aws-v1\./);
      const url = presignedUrl(token);
      expect(url.host).toBe('sts.us-east-1.amazonaws.com');
      expect(url.searchParams.get('Action')).toBe('GetCallerIdentity');
      expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^AKIAMAIN\//);
      expect(url.searchParams.get('X-Amz-SignedHeaders')).toContain(
        'x-k8s-aws-id',
      );
    });

    it('signs with credentials from the environment', async () => {
      process.env.AWS_ACCESS_KEY_ID = 'AKIAENV';
      process.env.AWS_SECRET_ACCESS_KEY = 'secret';
      process.env.AWS_REGION = 'eu-west-1';
      const signed = await credentials().credentialFor(withProvider('aws'));
      const url = presignedUrl((signed as { token: string }).token);
      expect(url.host).toBe('sts.eu-west-1.amazonaws.com');
      expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^AKIAENV\//);
    });

    it('says that no AWS credentials were found and where to put them', async () => {
      const prod = withProvider('aws');
      expect(credentials().problemWith(prod)).toBeUndefined();
      await expect(credentials().credentialFor(prod)).rejects.toThrow(
        /^signing with authProvider "aws" failed; give the backend AWS credentials.*; caused by CredentialsProviderError: Could not load credentials from any providers/,
      );
    });

    it('reports an aws configuration the strategy cannot be built from, on the aws clusters only', () => {
      const creds = credentials({
        aws: { accounts: [{ accountId: '123', accessKeyId: 'AKIA' }] },
      });
      expect(
        creds.problemWith(
          withProvider('serviceAccount', { serviceAccountToken: 't' }),
        ),
      ).toBeUndefined();
      expect(creds.problemWith(withProvider('aws'))).toBe(
        'authProvider "aws": AWS integration account 123 has an access key ID configured, but no secret access key.',
      );
    });
  });

  describe('azure', () => {
    beforeEach(() => azureGetToken.mockReset());

    it('sends the token DefaultAzureCredential gives', async () => {
      azureGetToken.mockResolvedValue({
        token: 'aad-token',
        expiresOnTimestamp: Date.now() + 3600_000,
      });
      await expect(
        credentials().credentialFor(withProvider('azure')),
      ).resolves.toEqual({ type: 'bearer token', token: 'aad-token' });
    });

    it('says what failed, and asks again next time (the strategy alone would answer the failure forever)', async () => {
      const creds = credentials();
      azureGetToken.mockRejectedValueOnce(new Error('no managed identity'));
      await expect(creds.credentialFor(withProvider('azure'))).rejects.toThrow(
        /^signing with authProvider "azure" failed; give the backend an Azure identity.*; caused by Error: no managed identity$/,
      );
      azureGetToken.mockResolvedValueOnce({
        token: 'later',
        expiresOnTimestamp: Date.now() + 3600_000,
      });
      await expect(creds.credentialFor(withProvider('azure'))).resolves.toEqual(
        { type: 'bearer token', token: 'later' },
      );
    });
  });

  describe('googleServiceAccount', () => {
    it('has no problem with a cluster, and says when the configured key is not JSON', async () => {
      const creds = credentials({
        kubernetes: { googleServiceAccountCredentials: '{not json' },
      });
      const prod = withProvider('googleServiceAccount');
      expect(creds.problemWith(prod)).toBeUndefined();
      await expect(creds.credentialFor(prod)).rejects.toThrow(
        /^signing with authProvider "googleServiceAccount" failed; set kubernetes\.googleServiceAccountCredentials.*; caused by \w+: Failed to parse Google Service Account credentials from config: /,
      );
    });
  });

  it('signs localKubectlProxy clusters with nothing', async () => {
    await expect(
      credentials().credentialFor(withProvider('localKubectlProxy')),
    ).resolves.toEqual({ type: 'anonymous' });
  });

  it.each(['google', 'oidc', 'aks'])(
    'says %s needs the signed-in user, and what to configure instead',
    async authProvider => {
      const expected = `authProvider "${authProvider}" signs with the signed-in user's token, and Portway's cache is shared by every user, so it cannot use it; add a routing.clusterAuth entry for this cluster with a service credential (serviceAccount with serviceAccountToken, googleServiceAccount, aws or azure)`;
      expect(credentials().problemWith(withProvider(authProvider))).toBe(
        expected,
      );
      await expect(
        credentials().credentialFor(withProvider(authProvider)),
      ).rejects.toThrow(expected);
    },
  );

  it('lists the providers it knows for an unknown one, and for none', () => {
    expect(credentials().problemWith(withProvider('kerberos'))).toBe(
      'authProvider "kerberos" is unknown; Portway knows aws, azure, googleServiceAccount, localKubectlProxy, serviceAccount (others can be added through routingClustersExtensionPoint)',
    );
    expect(credentials().problemWith(cluster({}))).toBe(
      'the cluster has no authProvider (authMetadata["kubernetes.io/auth-provider"]); Portway knows aws, azure, googleServiceAccount, localKubectlProxy, serviceAccount',
    );
  });

  describe('with strategies added through the extension point', () => {
    const strategy = (errors: Error[] = []) => ({
      getCredential: jest.fn(
        async (): Promise<KubernetesCredential> => ({
          type: 'bearer token',
          token: 'added',
        }),
      ),
      validateCluster: jest.fn((): Error[] => errors),
      presentAuthMetadata: jest.fn(() => ({})),
    });

    it('uses an added provider, and lists it among the known ones', async () => {
      const vault = strategy();
      const creds = credentials({}, { vault });
      const prod = withProvider('vault', { role: 'reader' });
      expect(creds.problemWith(prod)).toBeUndefined();
      await expect(creds.credentialFor(prod)).resolves.toEqual({
        type: 'bearer token',
        token: 'added',
      });
      expect(vault.getCredential).toHaveBeenCalledWith(prod, {});
      expect(creds.problemWith(withProvider('kerberos'))).toContain(
        'Portway knows aws, azure, googleServiceAccount, localKubectlProxy, serviceAccount, vault',
      );
    });

    it('lets an added strategy replace a built-in or user-token one', async () => {
      const creds = credentials({}, { google: strategy(), aws: strategy() });
      expect(creds.problemWith(withProvider('google'))).toBeUndefined();
      await expect(
        creds.credentialFor(withProvider('aws')),
      ).resolves.toMatchObject({ token: 'added' });
    });

    it("reports the strategy's validateCluster errors", () => {
      const creds = credentials(
        {},
        {
          vault: strategy([
            new Error('role is missing'),
            new Error('bad path'),
          ]),
        },
      );
      expect(creds.problemWith(withProvider('vault'))).toBe(
        'authProvider "vault": role is missing; bad path',
      );
    });
  });
});
