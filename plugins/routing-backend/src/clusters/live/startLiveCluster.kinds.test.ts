import { clusterStatus } from '../clusterStatus';
import { kindNames } from '../resourceKinds';
import {
  expectStates,
  startCluster,
  stopStarted,
  withServer,
} from './__testUtils__/liveClusterHarness';
import { eventually } from './__testUtils__/eventually';

afterEach(stopStarted);

describe('startLiveCluster and the Gateway API v1.6 kinds', () => {
  it('reads TCPRoute, UDPRoute, TLSRoute, ListenerSet and BackendTLSPolicy at v1', async () => {
    const server = await withServer();
    server.put('tcpRoute', { metadata: { namespace: 'db', name: 'pg' } });
    server.put('udpRoute', { metadata: { namespace: 'dns', name: 'dns' } });
    server.put('tlsRoute', { metadata: { namespace: 'db', name: 'tls' } });
    server.put('listenerSet', { metadata: { namespace: 'shop', name: 'ls' } });
    server.put('backendTlsPolicy', {
      metadata: { namespace: 'shop', name: 'tls' },
    });
    const { cache } = await startCluster({ server });

    const kinds = [
      'tcpRoute',
      'udpRoute',
      'tlsRoute',
      'listenerSet',
      'backendTlsPolicy',
    ] as const;
    await eventually(() => expectStates(cache, 'synced', [...kinds]));
    expect(
      kinds.map(kind => {
        const [object] = cache.list(kind);
        return `${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
      }),
    ).toEqual([
      'gateway.networking.k8s.io/v1 TCPRoute pg',
      'gateway.networking.k8s.io/v1 UDPRoute dns',
      'gateway.networking.k8s.io/v1 TLSRoute tls',
      'gateway.networking.k8s.io/v1 ListenerSet ls',
      'gateway.networking.k8s.io/v1 BackendTLSPolicy tls',
    ]);
  });

  it('falls back to TLSRoute v1alpha2 where v1 is not served', async () => {
    const server = await withServer({ versions: { tlsRoute: 'v1alpha2' } });
    const { cache } = await startCluster({ server });

    await eventually(() => expectStates(cache, 'synced', ['tlsRoute']));
    expect(cache.syncs().tlsRoute.apiVersion).toBe(
      'gateway.networking.k8s.io/v1alpha2',
    );
  });

  it('degrades only ListenerSet in a cluster without its CRD', async () => {
    // The group is served, but ListenerSet only at a version Portway does not read.
    const server = await withServer({ versions: { listenerSet: 'v1alpha1' } });
    const { cache } = await startCluster({ server });

    await eventually(() =>
      expectStates(cache, 'not-installed', ['listenerSet']),
    );
    await eventually(() =>
      expectStates(
        cache,
        'synced',
        kindNames.filter(kind => kind !== 'listenerSet'),
      ),
    );
    const status = clusterStatus('prod', cache.syncs(), Date.now());
    expect(status.state).toBe('ok');
    expect(status.message).toBe(
      'ListenerSet (gateway.networking.k8s.io) is not installed in cluster prod',
    );
    expect(status.kinds?.map(kind => `${kind.kind} ${kind.state}`)).toEqual([
      'ListenerSet not-installed',
    ]);
  });
});
