import type { ReactNode } from 'react';
import { act } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import { signalApiRef, type SignalApi } from '@backstage/plugin-signals-react';
import type { RoutingApi } from '../api/types';
import { routingApiRef } from '../api/types';

/** A SignalApi that delivers what a test sends, and tells which channels are subscribed. */
export function fakeSignalApi() {
  const subscribers = new Map<string, Set<(message: any) => void>>();
  const api: SignalApi = {
    subscribe(channel, onMessage) {
      if (!subscribers.has(channel)) subscribers.set(channel, new Set());
      subscribers.get(channel)!.add(onMessage);
      return { unsubscribe: () => subscribers.get(channel)!.delete(onMessage) };
    },
  };
  return {
    api,
    /** Delivers a signal to every subscriber of the channel. */
    send(channel: string, message: object) {
      act(() => subscribers.get(channel)?.forEach(deliver => deliver(message)));
    },
    subscribed: () =>
      [...subscribers].filter(([, set]) => set.size > 0).map(([c]) => c),
  };
}

/** A wrapper for renderHook with the routing API and, when given, a signal API. */
export function liveWrapper(routingApi: RoutingApi, signalApi?: SignalApi) {
  return ({ children }: { children: ReactNode }) =>
    signalApi ? (
      <TestApiProvider
        apis={[
          [routingApiRef, routingApi],
          [signalApiRef, signalApi],
        ]}
      >
        {children}
      </TestApiProvider>
    ) : (
      <TestApiProvider apis={[[routingApiRef, routingApi]]}>
        {children}
      </TestApiProvider>
    );
}

/** A promise the test settles when it wants. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** Makes the page hidden or visible, telling listeners as a browser does. */
export function setPageVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => state,
  });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Gives the page back the visibility jsdom reports. */
export function resetPageVisibility() {
  delete (document as { visibilityState?: string }).visibilityState;
}
