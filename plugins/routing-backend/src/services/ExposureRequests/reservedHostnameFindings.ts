import type {
  ExposureRequest,
  ExposureRequestRecord,
  Finding,
} from '@portway/plugin-routing-common';
import type { HostnameHolder } from './types';

/** The request as a person recognises it: id, entity, state, branch and pull request. */
export function describeHolder(holder: ExposureRequestRecord): string {
  const change = [
    holder.state,
    holder.branchName && `branch ${holder.branchName}`,
    holder.pullRequestUrl,
  ].filter(Boolean);
  return `exposure request ${holder.id} of ${holder.entityRef} (${change.join(
    ', ',
  )}; requested by ${holder.createdBy} at ${holder.createdAt})`;
}

/**
 * HostnameConflict errors for the hostnames of `request` that other requests hold, one per
 * hostname on `hostnames[i]`, each naming the holder.
 */
export function reservedHostnameFindings(
  request: ExposureRequest,
  holders: HostnameHolder[],
): Finding[] {
  const findings: Finding[] = [];
  request.hostnames.forEach((hostname, index) => {
    for (const { holder } of holders.filter(
      h => h.hostname === hostname.toLowerCase(),
    )) {
      const remedy =
        holder.entityRef === request.entityRef
          ? 'withdraw that request first, or change it'
          : 'pick another hostname, or ask its owners';
      findings.push({
        severity: 'error',
        code: 'HostnameConflict',
        field: `hostnames[${index}]`,
        message: `${hostname} is reserved by ${describeHolder(
          holder,
        )}: ${remedy}`,
      });
    }
  });
  return findings;
}
