import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { stringify } from 'yaml';
import type { EntityRoutesResponse } from '@portway/plugin-routing-common';
import {
  clients,
  kubernetesConfigFor,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';

const repositoryRoot = path.resolve(__dirname, '../../..');
const port = 7017;
const backendUrl = `http://localhost:${port}`;

async function poll<T>(
  what: string,
  logFile: string,
  attempt: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) {
      const log = fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .slice(-30)
        .join('\n');
      throw new Error(
        `Timed out waiting for ${what}; the backend said:\n${log}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }
}

describe('npm run start:backend -- --config app-config.yaml --config extra.yaml', () => {
  const kubeConfig = testKubeConfig();
  const { core, custom } = clients(kubeConfig);
  const namespace = uniqueNamespace('extra');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-backend-'));
  const logFile = path.join(dataDir, 'backend.log');
  let backend: ChildProcess | undefined;

  beforeAll(async () => {
    await core.createNamespace({ body: { metadata: { name: namespace } } });
    await custom.createNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace,
      plural: 'httproutes',
      body: {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: {
          name: 'storefront-live',
          namespace,
          labels: { 'backstage.io/kubernetes-id': 'storefront' },
        },
        spec: {
          parentRefs: [{ name: 'public', namespace: 'infra' }],
          hostnames: ['live.shop.example.com'],
        },
      },
    });
    const extraConfig = path.join(dataDir, 'extra.yaml');
    fs.writeFileSync(
      extraConfig,
      stringify({
        backend: {
          baseUrl: backendUrl,
          listen: { port },
          database: { client: 'better-sqlite3', connection: ':memory:' },
        },
        routing: { gitops: { local: { path: path.join(dataDir, 'gitops') } } },
        ...kubernetesConfigFor(kubeConfig, 'extra-cluster'),
      }),
    );
    backend = spawn(
      'npm',
      [
        'run',
        'start:backend',
        '--',
        '--config',
        'app-config.yaml',
        '--config',
        extraConfig,
      ],
      {
        cwd: repositoryRoot,
        // As from a shell: jest's NODE_ENV=test would make the guest provider refuse sign-in.
        env: { ...process.env, NODE_ENV: 'development' },
        detached: true,
        stdio: ['ignore', fs.openSync(logFile, 'w'), fs.openSync(logFile, 'a')],
      },
    );
  });

  afterAll(async () => {
    if (backend?.pid) process.kill(-backend.pid, 'SIGTERM');
    await core.deleteNamespace({ name: namespace });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves routes from the cluster named only in the extra config file, beside the demo cluster', async () => {
    const token = await poll('guest sign-in', logFile, async () => {
      const response = await fetch(`${backendUrl}/api/auth/guest/refresh`, {
        headers: { 'X-Requested-With': 'XMLHttpRequest' },
      });
      return response.ok
        ? (await response.json()).backstageIdentity.token
        : undefined;
    });

    const answer = await poll(
      'the storefront entity in the catalog, with every cluster synced',
      logFile,
      async () => {
        const response = await fetch(
          `${backendUrl}/api/routing/entities/default/component/storefront/routes`,
          { headers: { Authorization: `Bearer ${token}` } },
        );
        if (!response.ok) return undefined;
        const body = (await response.json()) as EntityRoutesResponse;
        // The plugin syncs clusters in the background: wait until both are.
        return body.clusters.every(c => c.state === 'ok') ? body : undefined;
      },
    );

    expect(answer.clusters).toEqual([
      { name: 'demo', state: 'ok', lastSyncedAt: expect.any(String) },
      { name: 'extra-cluster', state: 'ok', lastSyncedAt: expect.any(String) },
    ]);
    expect(answer.routes).toContainEqual(
      expect.objectContaining({
        cluster: 'extra-cluster',
        namespace,
        name: 'storefront-live',
        summary: 'pending',
      }),
    );
  }, 180_000);
});
