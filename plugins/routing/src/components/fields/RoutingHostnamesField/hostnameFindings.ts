import type { Finding } from '@portway/plugin-routing-common';

/**
 * The findings about the hostname in row `row` of the field. The request leaves empty rows
 * out (exposureRequestFromForm drops blanks), so its `hostnames[i]` counts filled rows only;
 * an empty row has no findings.
 */
export function findingsOfRow(
  findings: Finding[],
  rows: string[],
  row: number,
): Finding[] {
  if (rows[row] === '') {
    return [];
  }
  const index = rows.slice(0, row).filter(hostname => hostname !== '').length;
  return findings.filter(finding => finding.field === `hostnames[${index}]`);
}

/** The findings about the hostnames as a whole (`hostnames`). */
export function findingsOfHostnames(findings: Finding[]): Finding[] {
  return findings.filter(finding => finding.field === 'hostnames');
}
