import { useCallback, useEffect, useRef, useState } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';

/** How a live answer follows the backend. */
export interface LiveAnswerOptions {
  /**
   * How often to ask the backend again (with the last ETag, so an unchanged answer costs a
   * `304`) when the app has no signals; 0 never asks again. Default 3000 ms.
   */
  pollIntervalMs?: number;
}

/** What {@link useLiveAnswer} returns. */
export interface LiveAnswer<T> {
  /** The last answer for the current key, kept while a newer one is being asked for. */
  value?: T;
  /** True only while there is no answer for the current key yet. */
  loading: boolean;
  /** Why the last ask failed; cleared by the next answer. */
  error?: Error;
  /** Asks again at once. */
  retry: () => void;
}

/** The default of {@link LiveAnswerOptions.pollIntervalMs}. */
export const DEFAULT_POLL_INTERVAL_MS = 3000;

interface State<T> {
  /** The channel the state is for: a state of another channel is not shown. */
  channel: string;
  value?: T;
  error?: Error;
  loading: boolean;
}

type Outcome<T> = { value: T } | { error: Error };

/** The next state; the same object when the answer is the same, so React renders nothing. */
function settled<T>(previous: State<T>, outcome: Outcome<T>): State<T> {
  if ('error' in outcome) {
    return { ...previous, error: outcome.error, loading: false };
  }
  const unchanged =
    previous.value === outcome.value && !previous.error && !previous.loading;
  return unchanged
    ? previous
    : { channel: previous.channel, value: outcome.value, loading: false };
}

/**
 * Loads an answer and keeps it current: asks again when a Backstage signal arrives on
 * `channel` and, in an app without signals, every `pollIntervalMs` while the page is visible;
 * also when the page becomes visible again. Asking again never goes back to `loading`, and
 * asks that overlap are merged into one more after the running one.
 */
export function useLiveAnswer<T>(
  channel: string,
  load: () => Promise<T>,
  options: LiveAnswerOptions = {},
): LiveAnswer<T> {
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const [state, setState] = useState<State<T>>({ channel, loading: true });
  const loadRef = useRef(load);
  loadRef.current = load;
  /** The asks of the current channel; replaced when the channel changes. */
  const asking = useRef({ running: false, again: false });

  const ask = useCallback(() => {
    const current = asking.current;
    if (current.running) {
      current.again = true;
      return;
    }
    current.running = true;
    loadRef.current().then(
      value => finish({ value }),
      error => finish({ error }),
    );
    function finish(outcome: Outcome<T>) {
      if (asking.current !== current) return;
      current.running = false;
      setState(previous => settled(previous, outcome));
      if (current.again) {
        current.again = false;
        ask();
      }
    }
  }, []);

  useEffect(() => {
    asking.current = { running: false, again: false };
    setState(previous =>
      previous.channel === channel ? previous : { channel, loading: true },
    );
    ask();
    return () => {
      // Answers still on their way belong to the channel left: they are dropped.
      asking.current = { running: false, again: false };
    };
  }, [channel, ask]);

  const { lastSignal, isSignalsAvailable } = useSignal(channel);
  useEffect(() => {
    if (lastSignal) ask();
  }, [lastSignal, ask]);

  useEffect(() => {
    if (isSignalsAvailable || pollIntervalMs <= 0) return undefined;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') ask();
    }, pollIntervalMs);
    return () => clearInterval(timer);
  }, [isSignalsAvailable, pollIntervalMs, ask]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') ask();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [ask]);

  const retry = useCallback(() => {
    setState(previous =>
      previous.value === undefined
        ? { ...previous, error: undefined, loading: true }
        : previous,
    );
    ask();
  }, [ask]);

  if (state.channel !== channel) return { loading: true, retry };
  const { value, loading, error } = state;
  return { value, loading, error, retry };
}
