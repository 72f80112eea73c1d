import { execFile, spawn } from 'child_process';
import fs from 'fs';
import https from 'https';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { KubeConfig } from '@kubernetes/client-node';
import { waitFor } from './waitFor';

/**
 * The kube-apiserver tool (start.sh, stop.sh, crds/, bin/) as CI lays it out: `../shared` beside
 * the clone, or `PORTWAY_SHARED` (see .ci/run); `KUBE_APISERVER_TOOL` names the folder itself.
 */
export function kubeApiServerTool(): string {
  if (process.env.KUBE_APISERVER_TOOL) return process.env.KUBE_APISERVER_TOOL;
  const shared =
    process.env.PORTWAY_SHARED ??
    // Test code runs from source and is never bundled, so __dirname is this folder.
    // eslint-disable-next-line no-restricted-syntax
    path.resolve(__dirname, '../../../../shared');
  return path.join(shared, 'tools/kube-apiserver');
}

/** A private etcd + kube-apiserver-lite that one test file started with start.sh. */
export interface ApiServerInstance {
  /** The kubeconfig the server (re)writes on every start. */
  readonly kubeConfigPath: string;
  /** start.sh's run dir: certs, etcd data, logs, state.env. */
  readonly runDir: string;
  /** `https://127.0.0.1:PORT`; the port stays the same across `restartServer`. */
  readonly url: string;
  /**
   * The current kubeconfig. The server makes up a new bearer token every time it starts (the
   * old one is then refused with 403), so load it again after a restart.
   */
  kubeConfig(): KubeConfig;
  /** Stops only the API server process; etcd keeps running and keeps the data. No-op if stopped. */
  stopServer(): Promise<void>;
  /**
   * Starts the API server again with the command line it had; resolves once /readyz is ok.
   * No-op if it is running.
   */
  startServer(): Promise<void>;
  /** stop.sh: stops the server and etcd and deletes the run dir. Safe to call twice. */
  stop(): Promise<void>;
}

const run = promisify(execFile);

function readState(runDir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readFileSync(path.join(runDir, 'state.env'), 'utf8')
      .split('\n')
      .filter(line => line.includes('='))
      .map(line => [
        line.slice(0, line.indexOf('=')),
        line.slice(line.indexOf('=') + 1),
      ]),
  );
}

function isAlive(pid: number): boolean {
  try {
    // Field 3 of /proc/PID/stat is the state; a zombie (Z) has exited already.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function tokenOf(kubeConfigPath: string): string | undefined {
  try {
    return /^\s*token:\s*(\S+)/m.exec(
      fs.readFileSync(kubeConfigPath, 'utf8'),
    )?.[1];
  } catch {
    return undefined;
  }
}

/** GET /readyz with the server's own CA and the token it wrote; `ok` when ready. */
function readyz(url: string, ca: Buffer, token: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      `${url}/readyz`,
      { ca, headers: { Authorization: `Bearer ${token}` }, timeout: 2000 },
      res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => (body += chunk));
        res.on('end', () => resolve(body));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('readyz timed out')));
    req.on('error', reject);
  });
}

/**
 * Runs start.sh, once more when etcd lost its port: start.sh picks ports nobody listens on,
 * but on a busy machine an outgoing connection can take one (an ephemeral port) before etcd
 * binds it ("bind: address already in use").
 */
async function runStart(toolDir: string, kubeConfigPath: string) {
  const start = () =>
    run(path.join(toolDir, 'start.sh'), [kubeConfigPath], {
      timeout: 180_000,
    });
  try {
    return await start();
  } catch (error) {
    // execFile's message carries start.sh's standard error.
    if (!/address already in use/.test((error as Error).message)) throw error;
    return start();
  }
}

/**
 * Starts a private API server with `toolDir`/start.sh (default: the shared tool), writing its
 * kubeconfig into a new temp dir. The caller stops it with `stop()` in afterAll.
 */
export async function startApiServer(
  options: { toolDir?: string } = {},
): Promise<ApiServerInstance> {
  const toolDir = options.toolDir ?? kubeApiServerTool();
  const kubeConfigDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-kc-'));
  const kubeConfigPath = path.join(kubeConfigDir, 'kubeconfig');
  let runDir: string;
  try {
    const { stdout } = await runStart(toolDir, kubeConfigPath);
    const printed = /^KUBE_APISERVER_LITE_RUN_DIR=(.*)$/m.exec(stdout)?.[1];
    if (!printed) throw new Error(`start.sh printed no run dir:\n${stdout}`);
    runDir = printed;
  } catch (error) {
    fs.rmSync(kubeConfigDir, { recursive: true, force: true });
    throw error;
  }
  const url = readState(runDir).KUBE_APISERVER_URL;
  const pidFile = path.join(runDir, 'kube-apiserver.pid');
  const logFile = path.join(runDir, 'kube-apiserver.log');
  let commandLine: string[] | undefined;
  let stopped = false;

  return {
    kubeConfigPath,
    runDir,
    url,
    kubeConfig() {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromFile(kubeConfigPath);
      return kubeConfig;
    },
    async stopServer() {
      const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
      if (!isAlive(pid)) return;
      // What start.sh ran, to run it again: binary, etcd URL, port, cert dir, kubeconfig, CRDs.
      commandLine = fs
        .readFileSync(`/proc/${pid}/cmdline`, 'utf8')
        .split('\0')
        .filter(Boolean);
      process.kill(pid, 'SIGTERM');
      await waitFor(
        `kube-apiserver-lite (pid ${pid}) to exit`,
        async () => (isAlive(pid) ? undefined : true),
        { timeoutMs: 20_000, intervalMs: 50 },
      );
    },
    async startServer() {
      if (isAlive(Number(fs.readFileSync(pidFile, 'utf8').trim()))) return;
      if (!commandLine) throw new Error('startServer() before stopServer()');
      const oldToken = tokenOf(kubeConfigPath);
      const log = fs.openSync(logFile, 'a');
      const child = spawn(commandLine[0], commandLine.slice(1), {
        detached: true, // its own session, like start.sh's setsid
        stdio: ['ignore', log, log],
      });
      fs.closeSync(log);
      child.unref();
      // stop.sh stops the server named in the pid file.
      fs.writeFileSync(pidFile, `${child.pid}\n`);
      const ca = fs.readFileSync(path.join(runDir, 'certs/apiserver.crt'));
      const { value } = await waitFor(
        'the restarted kube-apiserver-lite to be ready',
        async () => {
          if (child.exitCode !== null) return 'exited';
          // It writes a kubeconfig with its new token before it is ready.
          const token = tokenOf(kubeConfigPath);
          if (!token || token === oldToken) return undefined;
          return (await readyz(url, ca, token)) === 'ok' ? 'ready' : undefined;
        },
        { timeoutMs: 60_000, intervalMs: 100 },
      );
      if (value === 'exited') {
        throw new Error(
          `kube-apiserver-lite exited with ${child.exitCode} on restart; see ${logFile}`,
        );
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await run(path.join(toolDir, 'stop.sh'), [runDir], { timeout: 60_000 });
      } finally {
        fs.rmSync(kubeConfigDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A copy of the tool whose crds/ leaves out the CRD files matching `leaveOut` (start.sh applies
 * `$TOOL/crds`, its own folder's). The binary is the same file, so start.sh's decompressed cache
 * is reused. `remove()` deletes the copy.
 */
export function copyToolWithoutCrds(leaveOut: RegExp): {
  toolDir: string;
  remove(): void;
} {
  const source = kubeApiServerTool();
  const toolDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portway-kube-tool-'));
  for (const script of ['start.sh', 'stop.sh']) {
    fs.copyFileSync(path.join(source, script), path.join(toolDir, script));
  }
  fs.symlinkSync(path.join(source, 'bin'), path.join(toolDir, 'bin'));
  fs.mkdirSync(path.join(toolDir, 'crds'));
  for (const file of fs.readdirSync(path.join(source, 'crds'))) {
    if (!/\.(ya?ml|json)$/.test(file) || leaveOut.test(file)) continue;
    fs.copyFileSync(
      path.join(source, 'crds', file),
      path.join(toolDir, 'crds', file),
    );
  }
  return {
    toolDir,
    remove: () => fs.rmSync(toolDir, { recursive: true, force: true }),
  };
}
