import path from 'path';
import {
  applyWithStatus,
  liveKubeConfig,
  readObjects,
} from './tests/liveCluster';

/** Writes the live cluster's objects, with their status, into the real API server. */
export default async function globalSetup() {
  await applyWithStatus(
    liveKubeConfig(),
    readObjects(path.join(__dirname, 'cluster/bookshop.yaml')),
  );
}
