import request from 'supertest';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  CreateExposureRequestResponse,
  ExposureRequestsResponse,
  Finding,
} from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import { startRoutingTestBackend as startBackend } from '../__testUtils__/startRoutingTestBackend';

const tempDir = useTempDirs();

/** A new route for the storefront on the demo cluster (its route `storefront` exists already). */
const storefrontNext = {
  ...storefrontExposureRequest,
  cluster: 'demo',
  name: 'storefront-next',
  hostnames: ['next.shop.example.com'],
};

/** The checkout team asking for the same name. */
const checkoutNext = {
  ...storefrontNext,
  entityRef: 'component:default/checkout',
  name: 'checkout-next',
  service: { name: 'checkout', port: 8080 },
};

const REQUESTS = '/api/routing/exposure/requests';

const conflictsOf = (findings: Finding[]) =>
  findings.filter(finding => finding.code === 'HostnameConflict');

describe('POST /api/routing/exposure/requests', () => {
  it('records a request that passes the preflight: 201 with the request and the findings', async () => {
    const server = await startBackend();
    const response = await request(server).post(REQUESTS).send(storefrontNext);
    expect(response.status).toBe(201);
    const body = response.body as CreateExposureRequestResponse;
    expect(body.request).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      state: 'requested',
      entityRef: 'component:default/storefront',
      type: 'http',
      cluster: 'demo',
      namespace: 'shop',
      hostnames: ['next.shop.example.com'],
      createdBy: 'user:default/mock',
      createdAt: expect.any(String),
    });
    expect(body.findings).toContainEqual(
      expect.objectContaining({ code: 'GitOpsUnavailable' }),
    );
  });

  it('answers 409 with a HostnameConflict naming the request that holds the hostname', async () => {
    const server = await startBackend();
    const first = await request(server).post(REQUESTS).send(storefrontNext);
    expect(first.status).toBe(201);
    const response = await request(server).post(REQUESTS).send(checkoutNext);
    expect(response.status).toBe(409);
    const [conflict] = conflictsOf(response.body.findings);
    expect(conflict).toMatchObject({
      severity: 'error',
      field: 'hostnames[0]',
    });
    expect(conflict.message).toContain(first.body.request.id);
    expect(conflict.message).toContain('component:default/storefront');
    expect(response.body.error.name).toBe('ConflictError');
  });

  it('shows the reservation in the preflight too', async () => {
    const server = await startBackend();
    await request(server).post(REQUESTS).send(storefrontNext);
    const preflight = await request(server)
      .post('/api/routing/exposure/preflight')
      .send(checkoutNext);
    expect(preflight.status).toBe(200);
    expect(preflight.body.ok).toBe(false);
    expect(conflictsOf(preflight.body.findings)).toHaveLength(1);
  });

  it('answers 409 for a hostname a live route of another entity serves', async () => {
    const server = await startBackend();
    const response = await request(server)
      .post(REQUESTS)
      .send({ ...checkoutNext, hostnames: ['storefront.shop.example.com'] });
    expect(response.status).toBe(409);
    expect(conflictsOf(response.body.findings)[0].message).toContain(
      'HTTPRoute shop/storefront',
    );
  });

  it('answers 400 with the findings when the preflight has errors, recording nothing', async () => {
    const server = await startBackend();
    const response = await request(server)
      .post(REQUESTS)
      .send({ ...storefrontNext, service: { name: 'storefront', port: 9999 } });
    expect(response.status).toBe(400);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({
        code: 'PortNotOnService',
        field: 'service.port',
      }),
    );
    expect(response.body.error.message).toContain('service.port');
    const list = await request(server).get(
      `${REQUESTS}?entityRef=component:default/storefront`,
    );
    expect(list.body).toEqual({ requests: [] });
  });

  it('answers 400 with an EntityNotFound finding for an entity the catalog does not have', async () => {
    const server = await startBackend();
    const response = await request(server)
      .post(REQUESTS)
      .send({ ...storefrontNext, entityRef: 'component:default/nope' });
    expect(response.status).toBe(400);
    expect(response.body.findings).toContainEqual(
      expect.objectContaining({ code: 'EntityNotFound' }),
    );
  });

  it('answers 400 naming the field of a malformed body', async () => {
    const server = await startBackend();
    const response = await request(server)
      .post(REQUESTS)
      .send({
        ...storefrontNext,
        service: { name: 'storefront', port: 'http' },
      });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('service.port');
  });

  it('answers 403 without routing.exposure.create on the entity', async () => {
    const server = await startBackend({ deny: ['routing.exposure.create'] });
    const response = await request(server).post(REQUESTS).send(storefrontNext);
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('routing.exposure.create');
  });
});

describe('GET /api/routing/exposure/requests', () => {
  it('lists the entity’s requests newest first with their state', async () => {
    const server = await startBackend();
    const older = await request(server).post(REQUESTS).send(storefrontNext);
    const newer = await request(server)
      .post(REQUESTS)
      .send({
        ...storefrontNext,
        name: 'storefront-beta',
        hostnames: ['beta.shop.example.com'],
      });
    await request(server)
      .post(REQUESTS)
      .send({
        ...checkoutNext,
        hostnames: ['checkout-next.shop.example.com'],
      });
    const response = await request(server).get(
      `${REQUESTS}?entityRef=Component:default/storefront`,
    );
    expect(response.status).toBe(200);
    const body = response.body as ExposureRequestsResponse;
    expect(body.requests.map(r => [r.id, r.state])).toEqual([
      [newer.body.request.id, 'requested'],
      [older.body.request.id, 'requested'],
    ]);
  });

  it('answers 400 without an entityRef or with a malformed one', async () => {
    const server = await startBackend();
    const missing = await request(server).get(REQUESTS);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/entityRef is required/);
    const malformed = await request(server).get(`${REQUESTS}?entityRef=a:b:c`);
    expect(malformed.status).toBe(400);
  });

  it('answers 404 for an unknown entity and 403 without routing.entity.read', async () => {
    const server = await startBackend();
    const missing = await request(server).get(
      `${REQUESTS}?entityRef=component:default/nope`,
    );
    expect(missing.status).toBe(404);
    const denied = await startBackend({ permission: AuthorizeResult.DENY });
    const forbidden = await request(denied).get(
      `${REQUESTS}?entityRef=component:default/storefront`,
    );
    expect(forbidden.status).toBe(403);
  });
});

describe('DELETE /api/routing/exposure/requests/:id', () => {
  it('withdraws a request and releases its hostnames for another request', async () => {
    const server = await startBackend();
    const created = await request(server).post(REQUESTS).send(storefrontNext);
    const { id } = created.body.request;
    const withdrawn = await request(server).delete(`${REQUESTS}/${id}`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.request).toMatchObject({
      id,
      state: 'closed',
      stateReason: 'withdrawn by user:default/mock',
    });
    const again = await request(server).delete(`${REQUESTS}/${id}`);
    expect(again.status).toBe(200);
    expect(again.body.request.state).toBe('closed');

    const checkout = await request(server).post(REQUESTS).send(checkoutNext);
    expect(checkout.status).toBe(201);
    const read = await request(server).get(`${REQUESTS}/${id}`);
    expect(read.body.request.state).toBe('closed');
  });

  it('answers 404 for an unknown id', async () => {
    const server = await startBackend();
    expect(
      (
        await request(server).delete(
          `${REQUESTS}/00000000-0000-4000-8000-000000000000`,
        )
      ).status,
    ).toBe(404);
    expect((await request(server).delete(`${REQUESTS}/nope`)).status).toBe(404);
  });

  it('answers 403 without routing.exposure.create on the request’s entity', async () => {
    // Two backends on one database: one may create, the other may not.
    const database = {
      client: 'better-sqlite3',
      connection: { directory: await tempDir() },
    };
    const allowed = await startBackend({ database });
    const denied = await startBackend({
      database,
      deny: ['routing.exposure.create'],
    });
    const created = await request(allowed).post(REQUESTS).send(storefrontNext);
    expect(created.status).toBe(201);
    const response = await request(denied).delete(
      `${REQUESTS}/${created.body.request.id}`,
    );
    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('routing.exposure.create');
    const still = await request(allowed).get(
      `${REQUESTS}/${created.body.request.id}`,
    );
    expect(still.body.request.state).toBe('requested');
  });
});

/** Creates the storefront's request on a backend and answers its id. */
async function createdId(server: Parameters<typeof request>[0]) {
  const created = await request(server).post(REQUESTS).send(storefrontNext);
  expect(created.status).toBe(201);
  return created.body.request.id as string;
}

const githubChange = {
  provider: 'github',
  branchName: 'portway/expose-storefront-http-storefront-next',
  pullRequestUrl: 'https://github.com/acme/gitops/pull/12',
};

describe('POST /api/routing/exposure/requests/:id/change', () => {
  it('records the change opened for a request: open, with its branch and pull request', async () => {
    const server = await startBackend();
    const id = await createdId(server);
    const response = await request(server)
      .post(`${REQUESTS}/${id}/change`)
      .send(githubChange);
    expect(response.status).toBe(200);
    expect(response.body.request).toMatchObject({
      id,
      state: 'open',
      ...githubChange,
    });
    const listed = await request(server).get(
      `${REQUESTS}?entityRef=component:default/storefront`,
    );
    expect(listed.body.requests[0]).toMatchObject({
      state: 'open',
      ...githubChange,
    });
  });

  it('answers 400 naming the field of a malformed change', async () => {
    const server = await startBackend();
    const id = await createdId(server);
    const response = await request(server)
      .post(`${REQUESTS}/${id}/change`)
      .send({ ...githubChange, branchName: '../main', provider: 'svn' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('provider must be one of');
    expect(response.body.error.message).toContain(
      'branchName must be a git branch name',
    );
  });

  it('answers 409 for a request that is withdrawn, and 404 for an unknown one', async () => {
    const server = await startBackend();
    const id = await createdId(server);
    await request(server).delete(`${REQUESTS}/${id}`);
    const late = await request(server)
      .post(`${REQUESTS}/${id}/change`)
      .send(githubChange);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('is closed');
    const unknown = await request(server)
      .post(`${REQUESTS}/00000000-0000-4000-8000-000000000000/change`)
      .send(githubChange);
    expect(unknown.status).toBe(404);
  });

  it('answers 403 without routing.exposure.create on the request’s entity', async () => {
    const database = {
      client: 'better-sqlite3',
      connection: { directory: await tempDir() },
    };
    const allowed = await startBackend({ database });
    const denied = await startBackend({
      database,
      deny: ['routing.exposure.create'],
    });
    const id = await createdId(allowed);
    const response = await request(denied)
      .post(`${REQUESTS}/${id}/change`)
      .send(githubChange);
    expect(response.status).toBe(403);
    const release = await request(denied)
      .post(`${REQUESTS}/${id}/release`)
      .send({ reason: 'no' });
    expect(release.status).toBe(403);
  });
});

describe('POST /api/routing/exposure/requests/:id/release', () => {
  it('releases a request whose change could not be opened: failed, its hostnames free again', async () => {
    const server = await startBackend();
    const id = await createdId(server);
    const response = await request(server)
      .post(`${REQUESTS}/${id}/release`)
      .send({ reason: 'GitHub answered 502' });
    expect(response.status).toBe(200);
    expect(response.body.request).toMatchObject({
      id,
      state: 'failed',
      stateReason: 'GitHub answered 502',
    });
    expect(
      (await request(server).post(REQUESTS).send(checkoutNext)).status,
    ).toBe(201);
  });

  it('answers 409 for a request past its open state and 400 without a reason', async () => {
    const server = await startBackend();
    const id = await createdId(server);
    expect(
      (await request(server).post(`${REQUESTS}/${id}/release`).send({})).status,
    ).toBe(400);
    await request(server).delete(`${REQUESTS}/${id}`);
    const late = await request(server)
      .post(`${REQUESTS}/${id}/release`)
      .send({ reason: 'late' });
    expect(late.status).toBe(409);
  });
});

describe('auditing of exposure requests', () => {
  it('sends every create, refusal, change and withdrawal to the auditor with the caller', async () => {
    const success = jest.fn();
    const fail = jest.fn();
    const auditor = mockServices.auditor.mock({
      createEvent: jest.fn(async () => ({ success, fail })),
    });
    const server = await startBackend({ services: [auditor.factory] });
    const id = await createdId(server);
    await request(server).post(REQUESTS).send(checkoutNext);
    await request(server).post(`${REQUESTS}/${id}/change`).send(githubChange);
    await request(server).delete(`${REQUESTS}/${id}`);
    const other = await createdId(server);
    await request(server)
      .post(`${REQUESTS}/${other}/release`)
      .send({ reason: 'GitHub answered 502' });

    const events = auditor.createEvent.mock.calls.map(([event]) => event);
    expect(events.map(event => event.meta?.action)).toEqual([
      'create',
      'create',
      'record-change',
      'withdraw',
      'create',
      'release',
    ]);
    expect(events.every(event => event.eventId === 'exposure-request')).toBe(
      true,
    );
    expect(events.every(event => event.request !== undefined)).toBe(true);
    expect(success.mock.calls.map(([options]) => options.meta)).toEqual([
      { requestId: id, state: 'requested' },
      { state: 'open' },
      { state: 'closed', moved: true },
      { requestId: other, state: 'requested' },
      { state: 'failed' },
    ]);
    expect(fail).toHaveBeenCalledWith(
      expect.objectContaining({
        meta: { outcome: 'conflict' },
        error: expect.objectContaining({ name: 'ConflictError' }),
      }),
    );
  });
});
