import { defineConfig } from '@playwright/test';
import path from 'path';
import { liveKubeConfig, writeClustersConfig } from './tests/liveCluster';

const repositoryRoot = path.resolve(__dirname, '../..');

// The web server starts before globalSetup, so the cluster configuration it reads is written now.
const clustersConfig = 'data/e2e-clusters.yaml';
writeClustersConfig(
  path.join(repositoryRoot, clustersConfig),
  liveKubeConfig(),
);

/**
 * Browser tests of the whole portal: `npm start` with the embedded defaults plus
 * app-config.e2e.yaml (a data folder of its own, the bookshop entity) and the clusters of
 * KUBECONFIG's real API server (seeded by globalSetup.ts) and of an unreachable one, driven in
 * Debian's Chromium.
 */
export default defineConfig({
  testDir: './tests',
  globalSetup: './globalSetup.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: path.join(repositoryRoot, 'test-results'),
  use: {
    baseURL: 'http://localhost:3000',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // A fresh data folder each run, so the GitOps repository is seeded afresh.
    command: `rm -rf data/e2e && npm start -- --config app-config.yaml --config test/e2e/app-config.e2e.yaml --config ${clustersConfig}`,
    cwd: repositoryRoot,
    url: 'http://localhost:7007/api/catalog/entities/by-name/template/default/expose-http',
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
