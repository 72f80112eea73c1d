import { createHash } from 'crypto';
import type { ClusterStatus } from '@portway/plugin-routing-common';

/**
 * A hash of what an answer shows, leaving out each cluster's `lastSyncedAt`: that time moves
 * with every watch bookmark, and a page need not be told that data it shows was confirmed again.
 */
export function answerFingerprint(answer: {
  clusters: ClusterStatus[];
}): string {
  const clusters = answer.clusters.map(
    ({ lastSyncedAt: _confirmedAt, ...status }) => status,
  );
  return createHash('sha256')
    .update(JSON.stringify({ ...answer, clusters }))
    .digest('base64url');
}
