import { clusterStatus } from '../clusterStatus';
import { kindNames } from '../resourceKinds';
import {
  allSynced,
  expectStates,
  startCluster,
  stopStarted,
  withServer,
} from './__testUtils__/liveClusterHarness';
import { eventually } from './__testUtils__/eventually';
import { METADATA_LIST_ACCEPT, METADATA_WATCH_ACCEPT } from './metadataOnly';

afterEach(stopStarted);

const tlsSecret = (name: string) => ({
  metadata: {
    namespace: 'infra',
    name,
    labels: { team: 'platform' },
    annotations: {
      'kubectl.kubernetes.io/last-applied-configuration':
        '{"data":{"tls.key":"c2VjcmV0"}}',
    },
  },
  type: 'kubernetes.io/tls',
  data: { 'tls.crt': 'Y2VydA==', 'tls.key': 'c2VjcmV0' },
});

describe('startLiveCluster and Secrets', () => {
  it('lists and watches Secrets as metadata only, and every other kind as plain JSON', async () => {
    const server = await withServer();
    const { cache } = await startCluster({ server });
    await allSynced(cache);
    await eventually(() => expect(server.openWatches('secret')).toBe(1));

    const secretRequests = server.requests.filter(r => r.kind === 'secret');
    expect(secretRequests.map(r => `${r.type} ${r.accept}`).sort()).toEqual([
      `list ${METADATA_LIST_ACCEPT}`,
      `watch ${METADATA_WATCH_ACCEPT}`,
    ]);
    const others = server.requests.filter(r => r.kind && r.kind !== 'secret');
    expect(new Set(others.map(r => r.accept))).toEqual(
      new Set(['application/json']),
    );
  });

  it('keeps a Secret as its namespace and name, whatever the API server sends', async () => {
    const server = await withServer();
    // This fake server ignores the Accept header and sends whole Secrets, data included.
    server.put('secret', tlsSecret('listed'));
    const { cache } = await startCluster({ server });
    await allSynced(cache);
    server.put('secret', tlsSecret('watched'));

    await eventually(() => expect(cache.list('secret')).toHaveLength(2));
    for (const name of ['listed', 'watched']) {
      expect(cache.get('secret', 'infra', name)).toEqual({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { namespace: 'infra', name },
      });
    }
    expect(JSON.stringify(cache.list('secret'))).not.toMatch(/c2VjcmV0|Y2VydA/);
  });

  it('says once, as information, that certificate Secrets are not checked when RBAC forbids listing them', async () => {
    const server = await withServer();
    server.faults.forbidden.add('secret');
    const { cache, logger } = await startCluster({ server });

    await eventually(() => expectStates(cache, 'forbidden', ['secret']));
    await eventually(() =>
      expectStates(
        cache,
        'synced',
        kindNames.filter(kind => kind !== 'secret'),
      ),
    );
    const status = clusterStatus('prod', cache.syncs(), Date.now());
    expect(status.state).toBe('ok');
    const notes = (status.message ?? '').split('; ');
    expect(
      notes.filter(note => note.includes('certificate Secrets not checked')),
    ).toEqual([
      expect.stringMatching(
        /^certificate Secrets not checked in cluster prod: .*403.*secrets is forbidden/,
      ),
    ]);
    expect(logger.warn).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('certificate Secrets not checked'),
      expect.objectContaining({ cluster: 'prod', kind: 'Secret' }),
    );
  });
});
