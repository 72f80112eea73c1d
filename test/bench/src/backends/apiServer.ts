import { execFile } from 'child_process';
import fs from 'fs';
import path from 'path';
import { promisify } from 'util';
import { KubeConfig } from '@kubernetes/client-node';
import type { ApiServerAccess } from './kubeApi';

const run = promisify(execFile);

/** An API server to benchmark against, and how to let it go. */
export interface ApiServer extends ApiServerAccess {
  /** `$KUBECONFIG`, or `started by start.sh` */
  origin: string;
  /** Stops the API server if this run started it. */
  stop(): Promise<void>;
}

/** `kube-apiserver-lite`'s folder: `$KUBE_APISERVER_TOOL`, else `shared/tools/kube-apiserver` in a parent folder. */
export function findApiServerTool(benchDir: string): string {
  const candidates = process.env.KUBE_APISERVER_TOOL
    ? [process.env.KUBE_APISERVER_TOOL]
    : [];
  for (let dir = benchDir; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'shared', 'tools', 'kube-apiserver'));
    if (path.dirname(dir) === dir) break;
  }
  const found = candidates.find(dir =>
    fs.existsSync(path.join(dir, 'start.sh')),
  );
  if (!found) {
    throw new Error(
      `kube-apiserver-lite not found (looked for shared/tools/kube-apiserver/start.sh above ${benchDir}); set KUBECONFIG or KUBE_APISERVER_TOOL`,
    );
  }
  return found;
}

function accessFromKubeconfig(file: string): ApiServerAccess {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromFile(file);
  const cluster = kubeConfig.getCurrentCluster();
  const user = kubeConfig.getCurrentUser();
  if (!cluster || !user?.token) {
    throw new Error(
      `${file}: the current context needs a cluster and a user with a bearer token`,
    );
  }
  let ca: Buffer | undefined;
  if (cluster.caData) ca = Buffer.from(cluster.caData, 'base64');
  else if (cluster.caFile) ca = fs.readFileSync(cluster.caFile);
  return {
    url: cluster.server,
    token: user.token,
    ca,
    skipTLSVerify: cluster.skipTLSVerify ?? false,
  };
}

/** Uses `$KUBECONFIG` when set, else starts kube-apiserver-lite (stopped by `stop()`). */
export async function acquireApiServer(benchDir: string): Promise<ApiServer> {
  if (process.env.KUBECONFIG) {
    return {
      ...accessFromKubeconfig(process.env.KUBECONFIG),
      origin: `$KUBECONFIG (${process.env.KUBECONFIG})`,
      stop: async () => {},
    };
  }
  const tool = findApiServerTool(benchDir);
  const { stdout } = await run(path.join(tool, 'start.sh'), [], {
    maxBuffer: 1 << 20,
  });
  const vars = Object.fromEntries(
    stdout
      .split('\n')
      .map(line => line.match(/^([A-Z_]+)=(.*)$/))
      .filter((match): match is RegExpMatchArray => !!match)
      .map(match => [match[1], match[2]]),
  );
  const runDir = vars.KUBE_APISERVER_LITE_RUN_DIR;
  const stop = async () => {
    await run(path.join(tool, 'stop.sh'), [runDir]).catch(error =>
      process.stderr.write(`stop.sh ${runDir} failed: ${error}\n`),
    );
  };
  try {
    return {
      ...accessFromKubeconfig(vars.KUBECONFIG),
      origin: `kube-apiserver-lite started by the bench (${tool}/start.sh)`,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
