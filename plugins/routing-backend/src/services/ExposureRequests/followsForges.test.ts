import type { Server } from 'http';
import request from 'supertest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { mockServices } from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import type { ExposureRequestRecord } from '@portway/plugin-routing-common';
import {
  checkoutNext,
  REQUESTS,
  storefrontNext,
} from '../../__testUtils__/exposureRequestCases';
import { startRoutingTestBackend } from '../../__testUtils__/startRoutingTestBackend';
import { REFRESH_TASK_ID } from './scheduleExposureRequestRefresh';

const GITHUB_TOKEN = 'ghp-lifecycle-token';
const GITLAB_TOKEN = 'glpat-lifecycle-token';

const integrations = {
  github: [{ host: 'github.com', token: GITHUB_TOKEN }],
  gitlab: [
    {
      host: 'gitlab.example.com',
      token: GITLAB_TOKEN,
      baseUrl: 'https://gitlab.example.com',
      apiBaseUrl: 'https://gitlab.example.com/api/v4',
    },
  ],
};

/** The pull request states the forges are made to answer. */
type ForgeState = 'open' | 'merged' | 'closed';

/** How one forge is set up, and how its pull request API answers. */
interface Forge {
  provider: 'github' | 'gitlab';
  gitops: object;
  pullRequestUrl: string;
  /** The URL the state task reads the pull request from. */
  apiUrl: string;
  /** The header that carries the token, and its expected value. */
  tokenHeader: string;
  expectedToken: string;
  closedReason: string;
  body: (state: ForgeState) => object;
}

const forges: Forge[] = [
  {
    provider: 'github',
    gitops: {
      provider: 'github',
      repoUrl: 'github.com?owner=acme&repo=gitops',
      baseBranch: 'main',
      url: 'https://github.com/acme/gitops/tree/main',
    },
    pullRequestUrl: 'https://github.com/acme/gitops/pull/12',
    apiUrl: 'https://api.github.com/repos/acme/gitops/pulls/12',
    tokenHeader: 'authorization',
    expectedToken: `token ${GITHUB_TOKEN}`,
    closedReason: 'pull request #12 was closed without being merged',
    body: state => ({
      number: 12,
      state: state === 'open' ? 'open' : 'closed',
      merged: state === 'merged',
    }),
  },
  {
    provider: 'gitlab',
    gitops: {
      provider: 'gitlab',
      repoUrl: 'gitlab.example.com?owner=acme&repo=gitops',
      baseBranch: 'main',
      url: 'https://gitlab.example.com/acme/gitops/-/tree/main',
    },
    pullRequestUrl: 'https://gitlab.example.com/acme/gitops/-/merge_requests/7',
    apiUrl:
      'https://gitlab.example.com/api/v4/projects/acme%2Fgitops/merge_requests/7',
    tokenHeader: 'private-token',
    expectedToken: GITLAB_TOKEN,
    closedReason: 'merge request !7 was closed without being merged',
    body: state => ({ iid: 7, state: state === 'open' ? 'opened' : state }),
  },
];

/** Requests to the local test server go through; anything else the forges did not answer fails. */
function onlyLocal({ url }: Request, print: { error(): void }): void {
  if (!['127.0.0.1', 'localhost'].includes(new URL(url).hostname)) {
    print.error();
  }
}

describe.each(forges)(
  'the state task following a $provider pull request',
  forge => {
    // Every other read of the forges (the GitOps folder, in the preflight) finds nothing.
    const server = setupServer(
      ...['https://api.github.com/*', 'https://gitlab.example.com/*'].map(url =>
        http.all(url, () => new HttpResponse(null, { status: 404 })),
      ),
    );
    beforeAll(() => server.listen({ onUnhandledRequest: onlyLocal }));
    afterEach(() => server.resetHandlers());
    afterAll(() => server.close());

    /** What the forge's pull request API saw: each request's URL and token header. */
    let seen: Array<{ url: string; token: string | null }>;

    /** Makes the forge answer the pull request with `state`, or with `status` and an error. */
    function answer(state: ForgeState | { status: number }) {
      server.use(
        http.get(forge.apiUrl, ({ request: forgeRequest }) => {
          seen.push({
            url: forgeRequest.url,
            token: forgeRequest.headers.get(forge.tokenHeader),
          });
          return typeof state === 'string'
            ? HttpResponse.json(forge.body(state))
            : HttpResponse.json({ message: 'Boom' }, state);
        }),
      );
    }

    let backend: Server;
    let pass: () => Promise<void>;

    beforeEach(async () => {
      seen = [];
      const scheduler = mockServices.scheduler();
      pass = () => scheduler.triggerTask(REFRESH_TASK_ID);
      backend = await startRoutingTestBackend({
        config: { integrations },
        gitops: forge.gitops,
        services: [
          createServiceFactory({
            service: coreServices.scheduler,
            deps: {},
            factory: () => scheduler,
          }),
        ],
      });
    });

    /** Creates the storefront's request and records its pull request; answers the id. */
    async function openedRequest(): Promise<string> {
      const created = await request(backend)
        .post(REQUESTS)
        .send(storefrontNext);
      expect(created.status).toBe(201);
      const { id } = created.body.request;
      const change = await request(backend)
        .post(`${REQUESTS}/${id}/change`)
        .send({
          provider: forge.provider,
          branchName: 'portway/expose-storefront-http-storefront-next',
          pullRequestUrl: forge.pullRequestUrl,
        });
      expect(change.body.request.state).toBe('open');
      return id;
    }

    const read = async (id: string) =>
      (await request(backend).get(`${REQUESTS}/${id}`)).body
        .request as ExposureRequestRecord;

    it('keeps it open while open, then moves it to merged, the hostname still held', async () => {
      const id = await openedRequest();

      answer('open');
      await pass();
      expect(await read(id)).toMatchObject({ state: 'open' });

      answer('merged');
      await pass();
      expect(await read(id)).toMatchObject({
        state: 'merged',
        pullRequestUrl: forge.pullRequestUrl,
      });
      const taken = await request(backend).post(REQUESTS).send(checkoutNext);
      expect(taken.status).toBe(409);
      expect(seen).toEqual([
        { url: forge.apiUrl, token: forge.expectedToken },
        { url: forge.apiUrl, token: forge.expectedToken },
      ]);
    });

    it('closes it with the reason when the pull request is closed unmerged, freeing the hostname', async () => {
      const id = await openedRequest();

      answer('closed');
      await pass();
      expect(await read(id)).toMatchObject({
        state: 'closed',
        stateReason: forge.closedReason,
      });
      const again = await request(backend).post(REQUESTS).send(checkoutNext);
      expect(again.status).toBe(201);
      expect(seen).toEqual([{ url: forge.apiUrl, token: forge.expectedToken }]);
    });

    it('leaves it open while the forge answers 500, and follows it on the next pass', async () => {
      const id = await openedRequest();

      answer({ status: 500 });
      await pass();
      expect(await read(id)).toMatchObject({ state: 'open' });

      server.resetHandlers();
      answer('merged');
      await pass();
      expect(await read(id)).toMatchObject({ state: 'merged' });
      expect(seen).toHaveLength(2);
    });
  },
);
