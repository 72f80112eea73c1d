import { StringDecoder } from 'node:string_decoder';
import type { KubernetesObject } from '@portway/plugin-routing-common';
import type { WatchEventType } from '../cache/types';
import type { KubeClient } from './kubeRequest';
import { linkedController, withQuery } from './kubeRequest';
import { KubeApiError, KubeStatus } from './kubeApiError';

/** An object event, or a BOOKMARK carrying only a resourceVersion. */
export interface WatchEvent {
  type: WatchEventType | 'BOOKMARK';
  object: KubernetesObject;
}

/** Seconds past `timeoutSeconds` a silent watch is given before Portway closes it. */
const SILENCE_GRACE_SECONDS = 30;

/**
 * Watches a collection from `resourceVersion` with bookmarks, calling `onOpen` once the API
 * server accepts the watch and `onEvent` for each event.
 *
 * Rejects when the watch cannot be opened (no answer within the request timeout, an error
 * status) and on an ERROR event (a 410 when `resourceVersion` is too old). Resolves, with why
 * and how many events came, when the stream ends any other way: the server closed it
 * (`timeoutSeconds` passed), the connection broke, or nothing came, not even a bookmark, for
 * `timeoutSeconds` + 30 s (a connection that died silently).
 */
export async function watchStream(options: {
  client: KubeClient;
  path: string;
  what: string;
  resourceVersion: string;
  timeoutSeconds: number;
  signal: AbortSignal;
  onOpen: () => void;
  onEvent: (event: WatchEvent) => void;
  /** The Accept header, when not plain JSON (a metadata-only watch). */
  accept?: string;
}): Promise<{ received: number; endedBy: string }> {
  const { client, what, timeoutSeconds, signal } = options;
  const { controller, unlink } = linkedController(signal);
  let silentFor: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let received = 0;
  try {
    const body = await client.openStream(
      withQuery(options.path, {
        watch: true,
        resourceVersion: options.resourceVersion,
        allowWatchBookmarks: true,
        timeoutSeconds,
      }),
      what,
      controller.signal,
      options.accept,
    );
    options.onOpen();
    const silenceSeconds = timeoutSeconds + SILENCE_GRACE_SECONDS;
    const listen = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        silentFor = silenceSeconds;
        controller.abort();
      }, silenceSeconds * 1000);
    };
    listen();
    const decoder = new StringDecoder('utf8');
    let buffered = '';
    try {
      for await (const chunk of body) {
        listen();
        buffered += decoder.write(chunk as Buffer);
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines.filter(text => text.trim())) {
          const event = parseEvent(line, `cluster ${client.cluster}: ${what}`);
          received++;
          options.onEvent(event);
        }
      }
      return { received, endedBy: 'closed by the API server' };
    } catch (error) {
      if (error instanceof KubeApiError) throw error;
      const endedBy =
        silentFor !== undefined
          ? `nothing received for ${silentFor} s`
          : `connection broken: ${(error as Error).message}`;
      return { received, endedBy };
    }
  } finally {
    clearTimeout(timer);
    unlink();
    controller.abort();
  }
}

const GONE_REASONS = ['Expired', 'Gone'];

function parseEvent(line: string, prefix: string): WatchEvent {
  let event: { type?: string; object?: unknown };
  try {
    event = JSON.parse(line);
  } catch {
    throw new KubeApiError(
      `${prefix} failed: unreadable event ${line.slice(0, 100)}`,
    );
  }
  if (event.type === 'ERROR') {
    const status = (event.object ?? {}) as KubeStatus;
    const code =
      status.code ?? (GONE_REASONS.includes(status.reason ?? '') ? 410 : 500);
    throw KubeApiError.fromStatus(prefix, code, status);
  }
  return event as WatchEvent;
}
