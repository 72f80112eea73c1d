import request from 'supertest';
import { mockServices } from '@backstage/backend-test-utils';
import {
  backendsWithAndWithoutCreate,
  checkoutNext,
  createdId,
  REQUESTS,
} from '../__testUtils__/exposureRequestCases';
import { startRoutingTestBackend as startBackend } from '../__testUtils__/startRoutingTestBackend';

const twoBackends = backendsWithAndWithoutCreate();

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
    const { allowed, denied } = await twoBackends();
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
