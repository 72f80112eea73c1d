import { InputError } from '@backstage/errors';
import type { Finding } from '@portway/plugin-routing-common';
import { errorFindingsMessage } from '@portway/plugin-routing-node';

/** Throws InputError listing every error finding under `heading`, each with its field; nothing when none is an error. */
export function assertNoErrorFindings(
  heading: string,
  findings: Finding[],
): void {
  if (findings.some(finding => finding.severity === 'error')) {
    throw new InputError(errorFindingsMessage(heading, findings));
  }
}
