import { ChildProcess, spawn } from 'child_process';
import path from 'path';

/** The whole portal (app on :3000, backend on :7007) running as `npm start` runs it. */
export interface Portal {
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status < 500;
  } catch {
    return false;
  }
}

/**
 * Starts `node scripts/start.js --config app-config.yaml --config <each of configFiles>` in the
 * repository and waits until the app and the backend answer, and the catalog knows `entityRef`.
 */
export async function startPortal(options: {
  repositoryRoot: string;
  configFiles: string[];
  /** `component/default/<name>`: the catalog has read the entities once this answers. */
  entityPath: string;
  timeoutMs?: number;
}): Promise<Portal> {
  const { repositoryRoot, configFiles, entityPath } = options;
  const configArgs = ['app-config.yaml', ...configFiles].flatMap(file => [
    '--config',
    path.resolve(repositoryRoot, file),
  ]);
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(repositoryRoot, 'scripts/start.js'), ...configArgs],
    { cwd: repositoryRoot, stdio: 'ignore', detached: true },
  );
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    process.kill(-child.pid, 'SIGTERM');
    const exited = new Promise(resolve => child.once('exit', resolve));
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  const deadline = Date.now() + (options.timeoutMs ?? 240_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `the portal exited with ${child.exitCode} while starting`,
      );
    }
    if (
      (await catalogHas(entityPath)) &&
      (await answers('http://localhost:3000/'))
    ) {
      return { stop };
    }
    await sleep(1_000);
  }
  await stop();
  throw new Error('the portal did not start in time');
}

/** Whether the backend is up and its catalog holds the entity at `entityPath`. */
async function catalogHas(entityPath: string): Promise<boolean> {
  try {
    const token = await guestToken();
    const entity = await fetch(
      `http://localhost:7007/api/catalog/entities/by-name/${entityPath}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    return entity.ok;
  } catch {
    return false;
  }
}

/** A guest user's Backstage token. */
export async function guestToken(): Promise<string> {
  const response = await fetch('http://localhost:7007/api/auth/guest/refresh', {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  if (!response.ok) throw new Error(`guest refresh: ${response.status}`);
  return (await response.json()).backstageIdentity.token;
}
