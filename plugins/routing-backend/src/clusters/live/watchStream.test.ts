import { createKubeClient } from './kubeRequest';
import { watchStream, WatchEvent } from './watchStream';
import {
  FaultyApiServer,
  startFaultyApiServer,
} from './__testUtils__/faultyApiServer';
import { tokenCluster } from './__testUtils__/tokenCluster';

let server: FaultyApiServer;

beforeEach(async () => {
  server = await startFaultyApiServer();
});

afterEach(async () => {
  jest.useRealTimers();
  await server.close();
});

function startWatch(options: { resourceVersion?: string } = {}) {
  const { cluster, credentials } = tokenCluster({
    name: 'prod',
    url: server.url,
    token: server.token,
  });
  const client = createKubeClient(cluster, credentials, {
    requestTimeoutMs: 300,
  });
  const events: WatchEvent[] = [];
  let opened: () => void;
  const open = new Promise<void>(resolve => {
    opened = resolve;
  });
  let eventCame: () => void = () => {};
  const ended = watchStream({
    client,
    path: '/api/v1/services',
    what: 'watching Service (v1)',
    resourceVersion: options.resourceVersion ?? '1',
    timeoutSeconds: 300,
    signal: new AbortController().signal,
    onOpen: () => opened(),
    onEvent: event => {
      events.push(event);
      eventCame();
    },
  });
  const nextEvent = () =>
    new Promise<void>(resolve => {
      eventCame = resolve;
    });
  return { ended, open, events, nextEvent };
}

describe('watchStream', () => {
  it('passes on object events and bookmarks, and resolves when the server closes the stream', async () => {
    const watch = startWatch();
    await watch.open;
    const event = watch.nextEvent();
    server.put('service', { metadata: { namespace: 'shop', name: 'a' } });
    await event;
    const bookmark = watch.nextEvent();
    server.bookmark();
    await bookmark;
    server.closeWatches();

    await expect(watch.ended).resolves.toEqual({
      received: 2,
      endedBy: 'closed by the API server',
    });
    expect(watch.events.map(({ type }) => type)).toEqual(['ADDED', 'BOOKMARK']);
  });

  it('rejects with the Status of an ERROR event', async () => {
    server.put('service', { metadata: { namespace: 'shop', name: 'a' } });
    server.expireWatches();
    const watch = startWatch({ resourceVersion: '1' });

    await expect(watch.ended).rejects.toMatchObject({
      status: 410,
      reason: 'Expired',
      message:
        'cluster prod: watching Service (v1) failed: 410 Gone: too old resource version: 1 (2)',
    });
  });

  it('closes a watch that sends nothing, not even a bookmark, for timeoutSeconds + 30 s', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const watch = startWatch();
    await watch.open;
    let ended = false;
    watch.ended.then(() => {
      ended = true;
    });

    jest.advanceTimersByTime(200_000);
    const bookmark = watch.nextEvent();
    server.bookmark();
    await bookmark;
    jest.advanceTimersByTime(329_000);
    await new Promise(resolve => setImmediate(resolve));
    expect(ended).toBe(false);

    jest.advanceTimersByTime(1_000);
    await expect(watch.ended).resolves.toEqual({
      received: 1,
      endedBy: 'nothing received for 330 s',
    });
  });
});
