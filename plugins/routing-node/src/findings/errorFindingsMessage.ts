import type { Finding } from '@portway/plugin-routing-common';

function describeErrorFinding(finding: Finding): string {
  const prefixed = !finding.field || finding.message.startsWith(finding.field);
  return `- ${prefixed ? '' : `${finding.field}: `}${finding.message}`;
}

/**
 * A message that lists every error finding, one a line under `heading`, each with its field
 * (`- service.port: Service shop/reviews has no port 9999`); warnings and notes are left out.
 *
 * @public
 */
export function errorFindingsMessage(
  heading: string,
  findings: Finding[],
): string {
  return [
    `${heading}:`,
    ...findings
      .filter(finding => finding.severity === 'error')
      .map(describeErrorFinding),
  ].join('\n');
}
