import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { parseExposureRequest } from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import type { ExposurePreflightService } from '../ExposurePreflight/types';
import { createExposureRequestStore } from './createExposureRequestStore';
import { createExposureRequestsService } from './createExposureRequestsService';
import { migrateExposureRequests } from './migrateExposureRequests';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const storefront = parseExposureRequest(storefrontExposureRequest);
const entity = { metadata: { name: 'storefront' } } as Entity;

/** A preflight that passes everything with one warning. */
const passing: ExposurePreflightService = {
  preflight: async () => ({
    ok: true,
    files: [],
    findings: [
      { severity: 'warning', code: 'GitOpsUnavailable', message: 'x' },
    ],
  }),
};

async function service(preflight = passing) {
  const knex = await databases.init('SQLITE_3');
  await migrateExposureRequests(knex);
  const store = createExposureRequestStore({ knex });
  return {
    store,
    requests: createExposureRequestsService({
      store,
      preflight,
      logger: mockServices.logger.mock(),
    }),
  };
}

async function created(
  requests: Awaited<ReturnType<typeof service>>['requests'],
) {
  const outcome = await requests.create(
    storefront,
    entity,
    'user:default/alice',
  );
  if (outcome.status !== 'created') throw new Error(outcome.status);
  return outcome.request;
}

describe('createExposureRequestsService', () => {
  it('refuses a request whose preflight has errors without recording it', async () => {
    const { requests } = await service({
      preflight: async () => ({
        ok: false,
        files: [],
        findings: [
          { severity: 'error', code: 'PortNotOnService', message: 'x' },
        ],
      }),
    });
    expect(await requests.create(storefront, entity, 'a')).toMatchObject({
      status: 'refused',
    });
    expect(await requests.listForEntity(storefront.entityRef)).toEqual([]);
  });

  it('turns a HostnameConflict of the preflight into a conflict', async () => {
    const { requests } = await service({
      preflight: async () => ({
        ok: false,
        files: [],
        findings: [
          { severity: 'error', code: 'HostnameConflict', message: 'x' },
          { severity: 'error', code: 'PortNotOnService', message: 'y' },
        ],
      }),
    });
    expect(await requests.create(storefront, entity, 'a')).toMatchObject({
      status: 'conflict',
    });
  });

  it('loses a hostname the store refuses, naming the holder, even when the preflight missed it', async () => {
    const { requests } = await service();
    const holder = await created(requests);
    const outcome = await requests.create(
      storefront,
      entity,
      'user:default/bob',
    );
    expect(outcome.status).toBe('conflict');
    expect(outcome.findings).toContainEqual(
      expect.objectContaining({
        code: 'HostnameConflict',
        field: 'hostnames[0]',
        message: expect.stringContaining(holder.id),
      }),
    );
  });

  it('records the change of a request: open with its branch and pull request', async () => {
    const { requests } = await service();
    const request = await created(requests);
    const open = await requests.recordChange(request.id, {
      provider: 'github',
      branchName: 'portway/storefront',
      pullRequestUrl: 'https://github.com/acme/gitops/pull/1',
    });
    expect(open).toMatchObject({
      moved: true,
      request: {
        state: 'open',
        provider: 'github',
        branchName: 'portway/storefront',
        pullRequestUrl: 'https://github.com/acme/gitops/pull/1',
      },
    });
  });

  it('releases a request whose change could not be opened, freeing its hostnames', async () => {
    const { requests, store } = await service();
    const request = await created(requests);
    const failed = await requests.release(request.id, 'the forge said 502');
    expect(failed?.request).toMatchObject({
      state: 'failed',
      stateReason: 'the forge said 502',
    });
    expect(await store.holdersOf(storefront.hostnames)).toEqual([]);
    expect((await requests.create(storefront, entity, 'b')).status).toBe(
      'created',
    );
  });

  it('withdraws idempotently and never reopens a final request', async () => {
    const { requests } = await service();
    const request = await created(requests);
    const first = await requests.withdraw(request.id, 'user:default/alice');
    const second = await requests.withdraw(request.id, 'user:default/bob');
    expect(first?.moved).toBe(true);
    expect(second).toEqual({ request: first?.request, moved: false });
    expect(second?.request).toMatchObject({
      state: 'closed',
      stateReason: 'withdrawn by user:default/alice',
    });
    expect(
      await requests.recordChange(request.id, {
        provider: 'local',
        branchName: 'late',
      }),
    ).toMatchObject({ moved: false, request: { state: 'closed' } });
    expect(
      await requests.withdraw('00000000-0000-4000-8000-000000000000', 'a'),
    ).toBeUndefined();
  });

  it('moves a request only along the state machine when the state task observes it', async () => {
    const { requests, store } = await service();
    const request = await created(requests);
    expect(await requests.observe(request.id, { state: 'live' })).toMatchObject(
      { moved: false, request: { state: 'requested' } },
    );
    await requests.recordChange(request.id, {
      provider: 'local',
      branchName: 'portway/storefront',
      commitSha: 'abc123',
    });
    expect(
      await requests.observe(request.id, { state: 'merged' }),
    ).toMatchObject({
      moved: true,
      request: { state: 'merged', commitSha: 'abc123' },
    });
    expect(await store.holdersOf(storefront.hostnames)).toHaveLength(1);
    expect(
      await requests.observe(request.id, {
        state: 'failed',
        stateReason: 'NotAllowedByListeners',
      }),
    ).toMatchObject({
      moved: true,
      request: { state: 'failed', stateReason: 'NotAllowedByListeners' },
    });
    expect(await store.holdersOf(storefront.hostnames)).toEqual([]);
    expect(await requests.listInStates(['requested', 'open'])).toEqual([]);
  });
});
