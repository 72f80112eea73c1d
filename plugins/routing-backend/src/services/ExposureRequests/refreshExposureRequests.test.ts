import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  ExposureRequest,
  exposureKind,
  KubernetesObject,
  parseExposureRequest,
} from '@portway/plugin-routing-common';
import {
  cartMeshExposureRequest,
  storefrontExposureRequest,
} from '@portway/plugin-routing-common/testUtils';
import { clusterWith } from '../../clusters/cache/__testUtils__/clusterWith';
import { clusterCachesOf } from '../../clusters/cache/__testUtils__/clusterCachesOf';
import type { ExposureChangeStatus } from '@portway/plugin-routing-common';
import type { ChangeReader } from './changes/types';
import { createExposureRequestStore } from './createExposureRequestStore';
import { createExposureRequestsService } from './createExposureRequestsService';
import { migrateExposureRequests } from './migrateExposureRequests';
import { refreshExposureRequests } from './refreshExposureRequests';

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const storefront = parseExposureRequest(storefrontExposureRequest);
const cart = parseExposureRequest(cartMeshExposureRequest);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CREATED = Date.parse('2026-12-01T10:00:00Z');

/** The object a request adds, as the cluster would hold it once merged. */
function inCluster(
  request: ExposureRequest,
  status?: object,
  generation = 1,
): KubernetesObject {
  const object = exposureKind(request.type).build(request);
  return {
    ...object,
    metadata: { ...object.metadata, generation },
    ...(status ? { status } : {}),
  };
}

/** An HTTPRoute status from the Gateway's controller. */
function routeStatus(accepted: 'True' | 'False', reason: string) {
  return {
    parents: [
      {
        parentRef: { name: 'public', namespace: 'infra', sectionName: 'https' },
        controllerName: 'example.com/gateway',
        conditions: [
          {
            type: 'Accepted',
            status: accepted,
            reason,
            message: accepted === 'True' ? 'Accepted' : 'listener refuses shop',
            observedGeneration: 1,
            lastTransitionTime: '2026-12-01T10:05:00Z',
          },
        ],
      },
    ],
  };
}

async function setUp(
  options: {
    change?: ExposureChangeStatus | Error;
    objects?: KubernetesObject[];
  } = {},
) {
  const knex = await databases.init('SQLITE_3');
  await migrateExposureRequests(knex);
  let clock = CREATED;
  const store = createExposureRequestStore({
    knex,
    now: () => new Date(clock),
  });
  const requests = createExposureRequestsService({
    store,
    preflight: {
      preflight: async () => ({ ok: true, files: [], findings: [] }),
    },
    logger: mockServices.logger.mock(),
  });
  const read = jest.fn(async () => {
    if (options.change instanceof Error) throw options.change;
    return options.change ?? { state: 'open' as const };
  });
  const changes: ChangeReader = { read };
  const auditor = mockServices.auditor.mock();
  const success = jest.fn();
  auditor.createEvent.mockResolvedValue({ success, fail: jest.fn() });
  const notifyOwners = jest.fn(async () => {});
  const clusters = clusterCachesOf(
    clusterWith('prod-eu', options.objects ?? []),
  );

  async function request(exposure: ExposureRequest, opened = true) {
    const outcome = await requests.create(
      exposure,
      {} as Entity,
      'user:default/alice',
    );
    if (outcome.status !== 'created') throw new Error(outcome.status);
    if (opened) {
      await requests.recordChange(outcome.request.id, {
        provider: 'github',
        branchName: 'portway/expose',
        pullRequestUrl: 'https://github.com/acme/gitops/pull/3',
      });
    }
    return outcome.request.id;
  }

  return {
    requests,
    store,
    read,
    auditor,
    success,
    notifyOwners,
    request,
    at: (ms: number) => {
      clock = ms;
    },
    refresh: (at = CREATED + HOUR / 2) =>
      refreshExposureRequests({
        requests,
        changes,
        clusters,
        expireAfterMs: 14 * DAY,
        abandonAfterMs: HOUR,
        auditor,
        notifyOwners,
        logger: mockServices.logger.mock(),
        now: () => at,
      }),
    stateOf: async (id: string) => (await requests.get(id))?.state,
  };
}

describe('refreshExposureRequests', () => {
  it('follows a request from its open pull request to merged, then to live once its route is Accepted', async () => {
    const merged = await setUp({
      change: { state: 'merged' },
      objects: [inCluster(storefront, routeStatus('True', 'Accepted'))],
    });
    const id = await merged.request(storefront);
    expect(await merged.refresh()).toEqual({
      checked: 1,
      moved: 1,
      unreadable: 0,
    });
    expect(merged.read).toHaveBeenCalledWith({
      provider: 'github',
      branchName: 'portway/expose',
      pullRequestUrl: 'https://github.com/acme/gitops/pull/3',
    });
    expect(await merged.stateOf(id)).toBe('merged');
    await merged.refresh();
    expect(await merged.requests.get(id)).toMatchObject({ state: 'live' });
    expect(merged.notifyOwners).toHaveBeenCalledWith(
      expect.objectContaining({ id, state: 'live' }),
    );
    expect(await merged.store.holdersOf(storefront.hostnames)).toHaveLength(1);
    expect(await merged.refresh()).toEqual({
      checked: 0,
      moved: 0,
      unreadable: 0,
    });
  });

  it('audits every move with the states before and after', async () => {
    const merged = await setUp({ change: { state: 'merged' } });
    const id = await merged.request(storefront);
    await merged.refresh();
    expect(merged.auditor.createEvent).toHaveBeenCalledWith({
      eventId: 'exposure-request',
      severityLevel: 'medium',
      meta: {
        action: 'state-change',
        requestId: id,
        entityRef: 'component:default/storefront',
        from: 'open',
        to: 'merged',
        reason: null,
      },
    });
    expect(merged.success).toHaveBeenCalledWith({ meta: { moved: true } });
  });

  it('fails a merged request whose route a parent refused, saying why, and releases its hostnames', async () => {
    const refused = await setUp({
      change: { state: 'merged' },
      objects: [
        inCluster(storefront, routeStatus('False', 'NotAllowedByListeners')),
      ],
    });
    const id = await refused.request(storefront);
    await refused.refresh();
    await refused.refresh();
    expect(await refused.requests.get(id)).toMatchObject({
      state: 'failed',
      stateReason:
        'infra/public/https: Accepted False (NotAllowedByListeners): listener refuses shop',
    });
    expect(refused.notifyOwners).toHaveBeenCalledWith(
      expect.objectContaining({ state: 'failed' }),
    );
    expect(await refused.store.holdersOf(storefront.hostnames)).toEqual([]);
  });

  it('keeps a merged request merged while no controller has said anything of its route', async () => {
    for (const objects of [
      [],
      [inCluster(storefront)],
      [inCluster(storefront, routeStatus('True', 'Accepted'), 2)],
    ]) {
      const waiting = await setUp({ change: { state: 'merged' }, objects });
      const id = await waiting.request(storefront);
      await waiting.refresh();
      await waiting.refresh();
      expect(await waiting.stateOf(id)).toBe('merged');
    }
  });

  it('takes a mesh VirtualService as live once it exists', async () => {
    const mesh = await setUp({
      change: { state: 'merged' },
      objects: [inCluster(cart)],
    });
    const id = await mesh.request(cart);
    await mesh.refresh();
    await mesh.refresh();
    expect(await mesh.stateOf(id)).toBe('live');
  });

  it('takes an Ingress as live once its controller gave it an address', async () => {
    const legacy = parseExposureRequest({
      ...storefrontExposureRequest,
      type: 'ingress',
      gateway: undefined,
      ingressClassName: 'nginx',
    });
    for (const [status, state] of [
      [undefined, 'merged'],
      [{ loadBalancer: { ingress: [{ ip: '203.0.113.7' }] } }, 'live'],
    ] as const) {
      const ingress = await setUp({
        change: { state: 'merged' },
        objects: [inCluster(legacy, status)],
      });
      const id = await ingress.request(legacy);
      await ingress.refresh();
      await ingress.refresh();
      expect(await ingress.stateOf(id)).toBe(state);
    }
  });

  it('closes a request whose pull request was closed unmerged, with the forge’s reason, releasing its hostnames', async () => {
    const closed = await setUp({
      change: {
        state: 'closed',
        reason: 'pull request #3 was closed without being merged',
      },
    });
    const id = await closed.request(storefront);
    await closed.refresh();
    expect(await closed.requests.get(id)).toMatchObject({
      state: 'closed',
      stateReason: 'pull request #3 was closed without being merged',
    });
    expect(await closed.store.holdersOf(storefront.hostnames)).toEqual([]);
  });

  it('expires a request still open after the configured time', async () => {
    const open = await setUp();
    const id = await open.request(storefront);
    await open.refresh(CREATED + 13 * DAY);
    expect(await open.stateOf(id)).toBe('open');
    await open.refresh(CREATED + 15 * DAY);
    expect(await open.requests.get(id)).toMatchObject({
      state: 'expired',
      stateReason:
        'not merged within 14 days (routing.exposure.requests.expireAfter)',
    });
    expect(await open.store.holdersOf(storefront.hostnames)).toEqual([]);
  });

  it('closes a request whose change was never recorded once the template run cannot be running any more', async () => {
    const abandoned = await setUp();
    const id = await abandoned.request(storefront, false);
    await abandoned.refresh(CREATED + HOUR / 2);
    expect(await abandoned.stateOf(id)).toBe('requested');
    await abandoned.refresh(CREATED + 2 * HOUR);
    expect(await abandoned.requests.get(id)).toMatchObject({
      state: 'closed',
      stateReason: expect.stringContaining(
        'no change was recorded within 60 minutes',
      ),
    });
    expect(abandoned.read).not.toHaveBeenCalled();
  });

  it('leaves a request as it is when its forge cannot be read, and goes on with the others', async () => {
    const broken = await setUp({ change: new Error('GitHub answered 502') });
    const id = await broken.request(storefront);
    const other = await broken.request(
      { ...storefront, name: 'other', hostnames: ['other.shop.example.com'] },
      false,
    );
    expect(await broken.refresh(CREATED + 2 * HOUR)).toEqual({
      checked: 2,
      moved: 1,
      unreadable: 1,
    });
    expect(await broken.stateOf(id)).toBe('open');
    expect(await broken.stateOf(other)).toBe('closed');
  });
});
