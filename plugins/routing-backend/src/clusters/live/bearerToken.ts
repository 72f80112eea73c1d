import { promises as fs } from 'fs';
import type { LiveClusterConfig } from '../readClusterConfig';

/**
 * The bearer token to send to a cluster, if any: the configured `serviceAccountToken`, else the
 * token file read now. Reading it for every request picks up a rotated token (Kubernetes
 * renews projected service account tokens while the pod runs).
 */
export async function bearerToken(
  cluster: Pick<LiveClusterConfig, 'token' | 'tokenFile'>,
): Promise<string | undefined> {
  if (cluster.token) return cluster.token;
  if (!cluster.tokenFile) return undefined;
  let token: string;
  try {
    token = (await fs.readFile(cluster.tokenFile, 'utf8')).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `no serviceAccountToken is configured, and the service account token file ${
        cluster.tokenFile
      } cannot be read (${code ?? (error as Error).message})`,
    );
  }
  if (!token) {
    throw new Error(
      `no serviceAccountToken is configured, and the service account token file ${cluster.tokenFile} is empty`,
    );
  }
  return token;
}
