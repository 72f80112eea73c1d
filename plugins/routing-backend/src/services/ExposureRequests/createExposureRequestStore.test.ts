import { TestDatabases } from '@backstage/backend-test-utils';
import {
  cartMeshExposureRequest,
  storefrontExposureRequest,
} from '@portway/plugin-routing-common/testUtils';
import { parseExposureRequest } from '@portway/plugin-routing-common';
import { createExposureRequestStore } from './createExposureRequestStore';
import { migrateExposureRequests } from './migrateExposureRequests';
import { REQUESTS_TABLE, RESERVATIONS_TABLE } from './rows';

jest.setTimeout(60_000);

/**
 * SQLite always; PostgreSQL too when a connection string is given
 * (`BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING`, ...), never through docker.
 */
const postgres = (
  ['POSTGRES_15', 'POSTGRES_16', 'POSTGRES_17'] as const
).filter(
  id =>
    process.env[
      `BACKSTAGE_TEST_DATABASE_${id.replace('_', '')}_CONNECTION_STRING`
    ],
);
const databases = TestDatabases.create({ ids: ['SQLITE_3', ...postgres] });

const storefront = parseExposureRequest({
  ...storefrontExposureRequest,
  hostnames: ['storefront.shop.example.com', 'www.shop.example.com'],
});
const checkout = parseExposureRequest({
  ...storefrontExposureRequest,
  entityRef: 'component:default/checkout',
  service: { name: 'checkout', port: 8080 },
  hostnames: ['checkout.shop.example.com', 'www.shop.example.com'],
});

describe.each(databases.eachSupportedId())(
  'exposure request store on %p',
  id => {
    async function setUp() {
      const knex = await databases.init(id);
      await migrateExposureRequests(knex);
      let tick = Date.parse('2026-12-01T10:00:00.000Z');
      const store = createExposureRequestStore({
        knex,
        now: () => new Date((tick += 1000)),
      });
      return { knex, store };
    }

    it('records a request with its hostnames reserved', async () => {
      const { knex, store } = await setUp();
      const result = await store.record({
        request: storefront,
        createdBy: 'user:default/alice',
      });
      if (!('created' in result)) throw new Error('not recorded');
      expect(result.created).toMatchObject({
        state: 'requested',
        entityRef: 'component:default/storefront',
        type: 'http',
        hostnames: ['storefront.shop.example.com', 'www.shop.example.com'],
        createdBy: 'user:default/alice',
        createdAt: '2026-12-01T10:00:01.000Z',
        request: storefront,
      });
      expect(await store.get(result.created.id)).toEqual(result.created);
      expect(
        await knex(RESERVATIONS_TABLE).orderBy('hostname').pluck('hostname'),
      ).toEqual(['storefront.shop.example.com', 'www.shop.example.com']);
    });

    it('refuses a hostname another request holds, writing nothing of the loser', async () => {
      const { knex, store } = await setUp();
      const first = await store.record({
        request: storefront,
        createdBy: 'user:default/alice',
      });
      if (!('created' in first)) throw new Error('not recorded');
      const second = await store.record({
        request: checkout,
        createdBy: 'user:default/bob',
      });
      expect(second).toEqual({
        conflicts: [
          { hostname: 'www.shop.example.com', holder: first.created },
        ],
      });
      // No half-written request: neither the row nor checkout.shop.example.com stayed.
      expect(await knex(REQUESTS_TABLE).pluck('entity_ref')).toEqual([
        'component:default/storefront',
      ]);
      expect(
        await knex(RESERVATIONS_TABLE).where({ request_id: first.created.id }),
      ).toHaveLength(2);
      expect(await knex(RESERVATIONS_TABLE)).toHaveLength(2);
    });

    it('reserves a hostname once across clusters', async () => {
      const { store } = await setUp();
      await store.record({ request: storefront, createdBy: 'user:default/a' });
      const otherCluster = await store.record({
        request: { ...storefront, cluster: 'prod-us' },
        createdBy: 'user:default/a',
      });
      expect(otherCluster).toHaveProperty('conflicts');
    });

    it('records mesh requests, which reserve nothing, side by side', async () => {
      const { knex, store } = await setUp();
      const mesh = parseExposureRequest(cartMeshExposureRequest);
      expect(
        await store.record({ request: mesh, createdBy: 'a' }),
      ).toHaveProperty('created');
      expect(
        await store.record({ request: mesh, createdBy: 'a' }),
      ).toHaveProperty('created');
      expect(await knex(RESERVATIONS_TABLE)).toHaveLength(0);
    });

    it('releases the hostnames when a request closes, so they can be requested again', async () => {
      const { knex, store } = await setUp();
      const first = await store.record({ request: storefront, createdBy: 'a' });
      if (!('created' in first)) throw new Error('not recorded');
      const closed = await store.move(first.created.id, ['requested', 'open'], {
        state: 'closed',
        stateReason: 'withdrawn by a',
      });
      expect(closed).toMatchObject({
        moved: true,
        request: { state: 'closed', stateReason: 'withdrawn by a' },
      });
      expect(await knex(RESERVATIONS_TABLE)).toHaveLength(0);
      expect(await store.holdersOf(storefront.hostnames)).toEqual([]);
      const again = await store.record({ request: checkout, createdBy: 'b' });
      expect(again).toHaveProperty('created');
    });

    it('moves only from the states given, keeping the hostnames of a state that holds them', async () => {
      const { knex, store } = await setUp();
      const first = await store.record({ request: storefront, createdBy: 'a' });
      if (!('created' in first)) throw new Error('not recorded');
      const open = await store.move(first.created.id, ['requested'], {
        state: 'open',
        change: {
          provider: 'github',
          branchName: 'portway/storefront-next',
          pullRequestUrl: 'https://github.com/acme/gitops/pull/7',
        },
      });
      expect(open?.request).toMatchObject({
        state: 'open',
        provider: 'github',
        branchName: 'portway/storefront-next',
        pullRequestUrl: 'https://github.com/acme/gitops/pull/7',
        updatedAt: '2026-12-01T10:00:02.000Z',
      });
      expect(await knex(RESERVATIONS_TABLE)).toHaveLength(2);
      const again = await store.move(first.created.id, ['requested'], {
        state: 'failed',
      });
      expect(again).toMatchObject({ moved: false, request: { state: 'open' } });
      expect(await knex(RESERVATIONS_TABLE)).toHaveLength(2);
    });

    it('lists an entity’s requests newest first and knows no unknown id', async () => {
      const { store } = await setUp();
      await store.record({ request: storefront, createdBy: 'a' });
      await store.move(
        (
          await store.listForEntity(storefront.entityRef)
        )[0].id,
        ['requested'],
        { state: 'closed' },
      );
      await store.record({ request: storefront, createdBy: 'b' });
      const listed = await store.listForEntity(storefront.entityRef);
      expect(listed.map(r => [r.createdBy, r.state])).toEqual([
        ['b', 'requested'],
        ['a', 'closed'],
      ]);
      expect(await store.listForEntity('component:default/nope')).toEqual([]);
      expect(
        (await store.listInStates(['requested', 'open'])).map(r => r.createdBy),
      ).toEqual(['b']);
      expect(await store.get('not-a-uuid')).toBeUndefined();
      expect(
        await store.get('00000000-0000-4000-8000-000000000000'),
      ).toBeUndefined();
      expect(
        await store.move('00000000-0000-4000-8000-000000000000', ['open'], {
          state: 'closed',
        }),
      ).toBeUndefined();
    });

    it('lets exactly one of racing requests for one hostname win', async () => {
      const { knex, store } = await setUp();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store.record({
            request: {
              ...checkout,
              hostnames: [`team${i}.shop.example.com`, 'www.shop.example.com'],
            },
            createdBy: `user:default/u${i}`,
          }),
        ),
      );
      const winners = results.filter(result => 'created' in result);
      expect(winners).toHaveLength(1);
      expect(await knex(REQUESTS_TABLE)).toHaveLength(1);
      expect(await knex(RESERVATIONS_TABLE)).toHaveLength(2);
    });
  },
);
