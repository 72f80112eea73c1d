import request from 'supertest';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  CreateExposureRequestResponse,
  ExposureRequestsResponse,
  Finding,
} from '@portway/plugin-routing-common';
import {
  backendsWithAndWithoutCreate,
  checkoutNext,
  REQUESTS,
  storefrontNext,
} from '../__testUtils__/exposureRequestCases';
import { startRoutingTestBackend as startBackend } from '../__testUtils__/startRoutingTestBackend';

const twoBackends = backendsWithAndWithoutCreate();

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
      .send({ ...checkoutNext, hostnames: ['www.shop.example.com'] });
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
    const { allowed, denied } = await twoBackends();
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
