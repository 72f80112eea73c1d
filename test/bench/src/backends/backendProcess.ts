import { ChildProcess, fork } from 'child_process';
import type {
  BackendKind,
  ChildMessage,
  ParentMessage,
  RunBackendOptions,
} from './protocol';

type UsageMessage = Extract<ChildMessage, { type: 'usage' }>;

/** A backend running in its own child process. */
export interface BackendProcess {
  readonly kind: BackendKind;
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  /** Date.now() in the child just before its backend started. */
  readonly startedAt: number;
  /** How long the backend took to start. */
  readonly startMs: number;
  /** CPU time of the child, then its heap after a full gc unless `gc` is false. */
  usage(options?: { gc?: boolean }): Promise<UsageMessage>;
  /** Stops the backend and the process (killed if it does not exit within 5 s). */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/** Forks runBackend.ts with `--expose-gc` through Backstage's node transform. */
export async function startBackendProcess(
  options: RunBackendOptions,
): Promise<BackendProcess> {
  const child: ChildProcess = fork(require.resolve('./runBackend'), [], {
    execArgv: [
      '--expose-gc',
      '--require',
      require.resolve('@backstage/cli-node/config/nodeTransform.cjs'),
    ],
    env: { ...process.env, BENCH_BACKEND_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  type Waiter = {
    resolve: (message: UsageMessage) => void;
    reject: (error: Error) => void;
  };
  let usageWaiters: Waiter[] = [];
  const exited = new Promise<void>(resolve =>
    child.once('exit', code => {
      const gone = new Error(`${options.backend} backend exited with ${code}`);
      usageWaiters.forEach(waiter => waiter.reject(gone));
      usageWaiters = [];
      resolve();
    }),
  );

  const ready = await new Promise<Extract<ChildMessage, { type: 'ready' }>>(
    (resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${options.backend} backend did not start in time`));
      }, START_TIMEOUT_MS);
      child.on('message', (message: ChildMessage) => {
        if (message.type === 'ready') {
          clearTimeout(timer);
          resolve(message);
        } else if (message.type === 'error') {
          clearTimeout(timer);
          reject(new Error(`${options.backend} backend: ${message.message}`));
        } else if (message.type === 'usage') {
          const waiters = usageWaiters;
          usageWaiters = [];
          waiters.forEach(waiter => waiter.resolve(message));
        }
      });
      child.once('exit', code => {
        clearTimeout(timer);
        reject(new Error(`${options.backend} backend exited with ${code}`));
      });
    },
  );

  function send(message: ParentMessage) {
    if (child.connected) child.send(message);
  }

  return {
    kind: options.backend,
    baseUrl: `http://127.0.0.1:${ready.port}`,
    startedAt: ready.startedAt,
    startMs: ready.startMs,
    usage({ gc = true } = {}) {
      return new Promise((resolve, reject) => {
        if (!child.connected) {
          reject(new Error(`${options.backend} backend is gone`));
          return;
        }
        usageWaiters.push({ resolve, reject });
        send({ type: 'usage', gc });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
