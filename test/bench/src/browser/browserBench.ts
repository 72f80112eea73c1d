import fs from 'fs';
import os from 'os';
import path from 'path';
import { chromium, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { acquireApiServer } from '../backends/apiServer';
import { createKubeApi } from '../backends/kubeApi';
import { median } from '../backends/percentiles';
import {
  addLiveHostname,
  browserCatalog,
  browserData,
  writeBrowserData,
} from './browserData';
import { guestToken, startPortal } from './portal';

/** Times of one browser case, in ms. */
export interface BrowserCase {
  name: string;
  runsMs: number[];
  medianMs: number;
}

/** What the browser part measured. */
export interface BrowserBenchResult {
  cases: BrowserCase[];
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ROUTING_TAB = (entity: string) =>
  `http://localhost:3000/catalog/default/component/${entity}/routing`;

/** The portal's configuration for the bench: its own database, catalog file and cluster. */
function writePortalConfig(
  dir: string,
  repositoryRoot: string,
  cluster: { url: string; token: string; ca?: Buffer; skipTLSVerify: boolean },
): string {
  const catalogFile = path.join(dir, 'catalog.yaml');
  fs.writeFileSync(
    catalogFile,
    browserCatalog()
      .map(entity => stringify(entity))
      .join('---\n'),
  );
  const configFile = path.join(dir, 'app-config.bench.yaml');
  fs.writeFileSync(
    configFile,
    stringify({
      backend: {
        database: {
          client: 'better-sqlite3',
          connection: { directory: path.join(dir, 'sqlite') },
        },
      },
      catalog: {
        locations: ['examples/entities/all.yaml', 'examples/templates/all.yaml']
          .map(file => path.join(repositoryRoot, file))
          .concat(catalogFile)
          .map(target => ({ type: 'file', target })),
      },
      kubernetes: {
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: [
              {
                name: 'bench',
                url: cluster.url,
                authProvider: 'serviceAccount',
                serviceAccountToken: cluster.token,
                ...(cluster.ca
                  ? { caData: cluster.ca.toString('base64') }
                  : { skipTLSVerify: true }),
              },
            ],
          },
        ],
      },
      routing: { gitops: { local: { path: path.join(dir, 'gitops') } } },
    }),
  );
  return configFile;
}

async function signIn(page: Page) {
  await page.goto('http://localhost:3000/');
  await page.getByRole('button', { name: 'Enter' }).click({ timeout: 30_000 });
  await page
    .getByRole('link', { name: 'Catalog' })
    .first()
    .waitFor({ timeout: 30_000 });
}

function caseOf(name: string, runsMs: number[]): BrowserCase {
  return { name, runsMs, medianMs: median(runsMs) };
}

/** How long the wide entity's tab took: to its first routes, and to all of them. */
interface WideTabTimes {
  firstMs: number[];
  allMs: number[];
}

/**
 * Opens the wide entity's tab `runs` times (after one untimed run): the time to the count and
 * the first routes of the section (it shows 25), then, after "Show all", to all 200.
 */
async function timeWideTab(page: Page, runs: number): Promise<WideTabTimes> {
  const count = browserData.wideRoutes;
  const times: WideTabTimes = { firstMs: [], allMs: [] };
  for (let run = 0; run <= runs; run += 1) {
    const start = performance.now();
    await page.goto(ROUTING_TAB(browserData.wideEntity));
    await page
      .getByText(`Routes (${count})`)
      .waitFor({ state: 'visible', timeout: 60_000 });
    await page
      .getByRole('link', { name: /^http:\/\/r\d+\.wide\.bench\.example\/$/ })
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    const firstMs = performance.now() - start;
    await page
      .getByRole('button', { name: `Show all ${count} routes` })
      .click();
    await page
      .getByRole('link', { name: /^http:\/\/r\d+\.wide\.bench\.example\/$/ })
      .nth(count - 1)
      .waitFor({ state: 'visible', timeout: 60_000 });
    if (run > 0) {
      times.firstMs.push(Math.round(firstMs));
      times.allMs.push(Math.round(performance.now() - start));
    }
  }
  return times;
}

/** Opens the live entity's tab (one route) `runs` times: the same page with almost nothing to show. */
async function timeOneRouteTab(page: Page, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const start = performance.now();
    await page.goto(ROUTING_TAB(browserData.liveEntity));
    await page
      .getByRole('link', { name: /^http:\/\/live\.bench\.example\/$/ })
      .waitFor({ state: 'visible', timeout: 60_000 });
    if (run > 0) times.push(Math.round(performance.now() - start));
  }
  return times;
}

/** The backend's answer for the wide entity, `runs` times: what the tab waits for. */
async function timeWideAnswer(runs: number): Promise<number[]> {
  const token = await guestToken();
  const url = `http://localhost:7007/api/routing/entities/default/component/${browserData.wideEntity}/routes`;
  const times: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const start = performance.now();
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = await response.json();
    if (body.routes?.length !== browserData.wideRoutes) {
      throw new Error(`the answer has ${body.routes?.length} routes`);
    }
    if (run > 0) times.push(Math.round(performance.now() - start));
  }
  return times;
}

/** Changes the live entity's route `runs` times with its tab open; each time until the page shows it. */
async function timeLiveChange(
  page: Page,
  api: ReturnType<typeof createKubeApi>,
  runs: number,
): Promise<number[]> {
  await page.goto(ROUTING_TAB(browserData.liveEntity));
  await page
    .getByRole('link', { name: 'http://live.bench.example/' })
    .waitFor({ state: 'visible', timeout: 60_000 });
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const hostname = `change-${run}-${Date.now()}.bench.example`;
    const start = performance.now();
    await addLiveHostname(api, hostname);
    await page
      .getByRole('link', { name: `http://${hostname}/` })
      .waitFor({ state: 'visible', timeout: 30_000 });
    times.push(Math.round(performance.now() - start));
  }
  return times;
}

/**
 * The browser part: the whole portal against a real API server, driven in Chromium. The time
 * the Routing tab takes to show 200 routes of one entity, and the time from a change written to
 * the API server to the open tab showing it, with no reload.
 */
export async function benchBrowser(
  benchDir: string,
  progress: (line: string) => void,
): Promise<BrowserBenchResult> {
  const repositoryRoot = path.resolve(benchDir, '../..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-bench-browser-'));
  const apiServer = await acquireApiServer(benchDir);
  const api = createKubeApi(apiServer);
  try {
    progress(`browser: writing ${browserData.wideRoutes + 1} routes`);
    await writeBrowserData(api);
    progress('browser: starting the portal');
    const portal = await startPortal({
      repositoryRoot,
      configFiles: [writePortalConfig(dir, repositoryRoot, apiServer)],
      entityPath: `component/default/${browserData.liveEntity}`,
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage();
      await signIn(page);
      progress('browser: the tab with one route, then with 200');
      const oneRoute = await timeOneRouteTab(page, 5);
      const wide = await timeWideTab(page, 5);
      const answer = await timeWideAnswer(10);
      progress('browser: changes reaching the open tab');
      const live = await timeLiveChange(page, api, 10);
      return {
        cases: [
          caseOf(
            'Routing tab of an entity with 1 route: navigation to its URL shown',
            oneRoute,
          ),
          caseOf(
            `backend answer for the entity with ${browserData.wideRoutes} routes (GET .../routes, JSON parsed)`,
            answer,
          ),
          caseOf(
            `Routing tab of an entity with ${browserData.wideRoutes} routes: navigation to the count and the first routes`,
            wide.firstMs,
          ),
          caseOf(
            `Routing tab of an entity with ${browserData.wideRoutes} routes: navigation to all ${browserData.wideRoutes} shown ("Show all" clicked)`,
            wide.allMs,
          ),
          caseOf(
            'change written to the API server -> shown on the open tab (no reload)',
            live,
          ),
        ],
      };
    } finally {
      await browser.close();
      await portal.stop();
    }
  } finally {
    api.close();
    await apiServer.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The browser part as a markdown table. */
export function browserTable(result: BrowserBenchResult): string {
  const header =
    '| case | runs | median ms | min ms | max ms |\n| --- | ---: | ---: | ---: | ---: |';
  const rows = result.cases.map(
    c =>
      `| ${c.name} | ${c.runsMs.length} | ${c.medianMs} | ${Math.min(
        ...c.runsMs,
      )} | ${Math.max(...c.runsMs)} |`,
  );
  return [header, ...rows].join('\n');
}
