import type { BenchConfig } from './backendConfig';

/** Which backend a child process runs. */
export type BackendKind = 'stock' | 'portway';

/** What the parent tells a child at start (environment `BENCH_BACKEND_OPTIONS`, JSON). */
export interface RunBackendOptions {
  backend: BackendKind;
  config: BenchConfig;
  /** The backend's log level; `none` unless debugging. */
  logLevel?: 'none' | 'error' | 'warn' | 'info' | 'debug';
}

/** Messages from the parent to a child. */
export type ParentMessage =
  | {
      type: 'usage';
      /** Run a full gc (after reading the CPU time) before reading the heap; default true. */
      gc?: boolean;
    }
  | { type: 'stop' };

/** Messages from a child to the parent. */
export type ChildMessage =
  | {
      type: 'ready';
      port: number;
      /** Date.now() just before the backend started. */
      startedAt: number;
      /** How long startTestBackend took. */
      startMs: number;
    }
  | {
      type: 'usage';
      /** process.cpuUsage() of the child, in microseconds, read before any gc. */
      cpuUserUs: number;
      cpuSystemUs: number;
      /** heapUsed (after a full gc unless asked not to), in bytes. */
      heapUsed: number;
      rss: number;
    }
  | { type: 'error'; message: string };
