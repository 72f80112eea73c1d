import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppConfig } from '@backstage/config';
import type { ConfigSchema } from '@backstage/config-loader';
import {
  loadBackendConfigSchema,
  readConfigFiles,
  REPO_ROOT,
} from './__testUtils__/backendConfigSchema';
import { schemaDeclares, SchemaNode } from './__testUtils__/schemaDeclares';
import { configKeysReadAtStart } from './__testUtils__/startRecordingBackend';

const EXAMPLE_CONFIGS = fs
  .readdirSync(path.join(REPO_ROOT, 'examples/config'))
  .filter(file => file.endsWith('.yaml'))
  .map(file => `examples/config/${file}`);

/** Every kind of cluster source whose start needs no network: unreachable URLs, no cloud credentials. */
const offlineClusters: AppConfig = {
  context: 'offline clusters',
  data: {
    backend: { database: { client: 'better-sqlite3', connection: ':memory:' } },
    kubernetes: {
      serviceLocatorMethod: { type: 'multiTenant' },
      clusterLocatorMethods: [
        {
          type: 'config',
          clusters: [
            {
              name: 'token',
              url: 'http://127.0.0.1:9',
              authProvider: 'serviceAccount',
              serviceAccountToken: 'token',
              skipTLSVerify: true,
            },
            {
              name: 'google-service-account',
              url: 'http://127.0.0.1:9',
              authProvider: 'googleServiceAccount',
            },
            {
              name: 'oidc',
              url: 'http://127.0.0.1:9',
              authProvider: 'oidc',
              oidcTokenProvider: 'okta',
            },
          ],
        },
        { type: 'catalog', dangerouslyAllowClusterUrls: ['127.0.0.1'] },
        {
          type: 'gke',
          projectId: 'acme',
          region: 'europe-west1',
          authProvider: 'googleServiceAccount',
          endpointType: 'dns',
          matchingResourceLabels: [{ key: 'backstage', value: 'true' }],
        },
      ],
      // Not a usable key: signing fails before any request leaves.
      googleServiceAccountCredentials: '{"type": "service_account"}',
    },
    routing: {
      clusterAuth: [
        {
          cluster: 'oidc',
          authProvider: 'serviceAccount',
          serviceAccountToken: 'token',
        },
      ],
      snapshotClusters: [
        { name: 'demo', directory: path.join(REPO_ROOT, 'examples/cluster') },
      ],
    },
  },
};

describe('the config schema', () => {
  let schema: ConfigSchema;
  let merged: SchemaNode;
  const savedGoogleCredentials = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  let gitopsDir: string;

  beforeAll(async () => {
    ({ schema, merged } = await loadBackendConfigSchema());
    // The gke locator then fails at once instead of asking a metadata server for credentials.
    process.env.GOOGLE_APPLICATION_CREDENTIALS = '/nonexistent/key.json';
    gitopsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-config-'));
  }, 120_000);

  afterAll(() => {
    if (savedGoogleCredentials === undefined) {
      delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
    } else {
      process.env.GOOGLE_APPLICATION_CREDENTIALS = savedGoogleCredentials;
    }
    fs.rmSync(gitopsDir, { recursive: true, force: true });
  });

  const check = (configs: AppConfig[]) =>
    schema.process(configs, {
      visibility: ['frontend', 'backend', 'secret'],
    });

  it.each([
    [['app-config.yaml']],
    ...EXAMPLE_CONFIGS.map(file => [['app-config.yaml', file]]),
  ])('accepts %j with no undeclared key', async files => {
    await expect(readConfigFiles(files).then(check)).resolves.toBeDefined();
  });

  it('refuses an undeclared key', () => {
    expect(() =>
      check([
        { context: 'test', data: { routing: { sync: { pageSise: 5 } } } },
      ]),
    ).toThrow(/additionalProperty=pageSise/);
    expect(schemaDeclares(merged, 'routing.sync.pageSise')).toBe(false);
  });

  it.each([
    ['a local GitOps repository', () => []],
    [
      'a GitOps repository on a forge',
      () => readConfigFiles(['examples/config/every-routing-key.yaml']),
    ],
  ])(
    'declares every key the routing backend reads at start-up, with %s',
    async (_, baseConfigs) => {
      const configs = [
        ...(await baseConfigs()),
        offlineClusters,
        {
          context: 'local gitops',
          data: {
            routing: {
              gitops: {
                local: {
                  path: gitopsDir,
                  seedDirectory: path.join(REPO_ROOT, 'examples/gitops'),
                },
              },
            },
          },
        },
      ];
      const reads = await configKeysReadAtStart(configs);
      expect(reads).toEqual(
        expect.arrayContaining([
          'routing.gitops',
          'kubernetes.clusterLocatorMethods',
        ]),
      );
      // Keys other libraries read (`integrations.*` by @backstage/integration) are theirs to declare.
      const portwayReads = reads.filter(key =>
        /^(routing|kubernetes)\./.test(key),
      );
      expect(portwayReads.filter(key => !schemaDeclares(merged, key))).toEqual(
        [],
      );
    },
    60_000,
  );
});
