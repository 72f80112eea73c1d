import type { KindSync } from './cache/types';
import { clusterStatus } from './clusterStatus';
import { KindName, kindNames, resourceKinds } from './resourceKinds';

const T = Date.parse('2026-11-27T10:00:00Z');

function syncs(
  overrides: Partial<Record<KindName, KindSync>>,
  base: KindSync = { state: 'synced', lastSyncedAt: T },
): Record<KindName, KindSync> {
  return Object.fromEntries(
    kindNames.map(kind => [kind, overrides[kind] ?? base]),
  ) as Record<KindName, KindSync>;
}

const istioKinds = kindNames.filter(k => resourceKinds[k].family === 'Istio');
const notInstalled = (kinds: KindName[]) =>
  Object.fromEntries(
    kinds.map(k => [k, { state: 'not-installed' } as KindSync]),
  );

describe('clusterStatus', () => {
  it('is ok when every kind is synced', () => {
    expect(clusterStatus('prod', syncs({}), T)).toEqual({
      name: 'prod',
      state: 'ok',
      lastSyncedAt: '2026-11-27T10:00:00.000Z',
    });
  });

  it('names a missing API family once and a missing single kind by group', () => {
    const status = clusterStatus(
      'prod-eu',
      syncs({ ...notInstalled(istioKinds), ...notInstalled(['tlsRoute']) }),
      T,
    );
    expect(status.state).toBe('ok');
    expect(status.message).toBe(
      'Istio is not installed in cluster prod-eu; TLSRoute (gateway.networking.k8s.io) is not installed in cluster prod-eu',
    );
    expect(status.kinds?.map(k => `${k.kind}:${k.group}:${k.state}`)).toEqual([
      'TLSRoute:gateway.networking.k8s.io:not-installed',
      'VirtualService:networking.istio.io:not-installed',
      'Gateway:networking.istio.io:not-installed',
      'DestinationRule:networking.istio.io:not-installed',
    ]);
  });

  it('reports a forbidden kind without making the cluster stale', () => {
    const status = clusterStatus(
      'prod',
      syncs({
        certificate: {
          state: 'forbidden',
          message: 'certificates.cert-manager.io is forbidden',
        },
      }),
      T,
    );
    expect(status).toMatchObject({
      state: 'ok',
      message: 'certificates.cert-manager.io is forbidden',
      kinds: [
        expect.objectContaining({ kind: 'Certificate', state: 'forbidden' }),
      ],
    });
  });

  it('says once that certificate Secrets are not checked when listing Secrets is forbidden, and stays ok', () => {
    const refusal =
      'cluster prod: listing Secret (v1) failed: 403 Forbidden: secrets is forbidden';
    const status = clusterStatus(
      'prod',
      syncs({
        secret: { state: 'forbidden', apiVersion: 'v1', message: refusal },
        certificate: {
          state: 'forbidden',
          message: 'certificates.cert-manager.io is forbidden',
        },
      }),
      T,
    );
    expect(status).toMatchObject({
      state: 'ok',
      message: `certificates.cert-manager.io is forbidden; certificate Secrets not checked in cluster prod: ${refusal}`,
    });
    expect(status.kinds?.map(k => `${k.kind} ${k.state}`)).toEqual([
      'Certificate forbidden',
      'Secret forbidden',
    ]);
  });

  it('is stale with the age of the oldest data when a kind with data fails', () => {
    const status = clusterStatus(
      'prod',
      syncs({
        httpRoute: {
          state: 'failing',
          lastSyncedAt: T - 150_000,
          message: 'watching HTTPRoute failed: 503',
        },
      }),
      T,
    );
    expect(status).toMatchObject({
      state: 'stale',
      message:
        'serving data last synced 3 min ago: watching HTTPRoute failed: 503',
      lastSyncedAt: new Date(T - 150_000).toISOString(),
    });
  });

  it('says a failure of the whole cluster once, not once per kind', () => {
    const status = clusterStatus(
      'prod',
      syncs(
        {},
        {
          state: 'failing',
          lastSyncedAt: T - 45_000,
          message: 'GET /version failed: no answer within 10000 ms',
        },
      ),
      T,
    );
    expect(status).toEqual({
      name: 'prod',
      state: 'stale',
      message:
        'serving data last synced 45 s ago: GET /version failed: no answer within 10000 ms',
      lastSyncedAt: new Date(T - 45_000).toISOString(),
    });
  });

  it('lists each failing kind when kinds fail for different reasons', () => {
    const status = clusterStatus(
      'prod',
      syncs(
        { service: { state: 'failing', lastSyncedAt: T, message: '503' } },
        { state: 'failing', lastSyncedAt: T, message: '500' },
      ),
      T,
    );
    expect(status.kinds).toHaveLength(kindNames.length);
    expect(status.message).toBe('serving data last synced 0 s ago: 500; 503');
  });

  it('is an error when reading fails before any data arrived', () => {
    expect(
      clusterStatus(
        'prod',
        syncs({}, { state: 'failing', message: '401 Unauthorized' }),
        T,
      ),
    ).toMatchObject({ state: 'error', message: '401 Unauthorized' });
  });

  it('is syncing while a first list is under way', () => {
    const status = clusterStatus(
      'prod',
      syncs({ httpRoute: { state: 'syncing' } }),
      T,
    );
    expect(status.state).toBe('syncing');
    expect(status.message).toBeUndefined();
  });
});
