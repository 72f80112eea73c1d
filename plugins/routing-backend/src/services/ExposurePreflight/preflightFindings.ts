import type { Finding, RenderResult } from '@portway/plugin-routing-common';

const isError = (finding: Finding) => finding.severity === 'error';

/** The result with more findings; an error among them blocks it (no files). */
export function withFindings<T extends RenderResult>(
  result: T,
  extra: Finding[],
): T {
  const blocked = extra.some(isError);
  return {
    ...result,
    ok: result.ok && !blocked,
    findings: [...result.findings, ...extra],
    files: blocked ? [] : result.files,
  };
}

/**
 * The result for a request whose entity the catalog does not have (or the caller may not see):
 * its own findings and an EntityNotFound error on entityRef, unless entityRef already has an
 * error of its own (it is not a reference).
 */
export function withEntityNotFound<T extends RenderResult>(
  result: T,
  entityRef: string,
): T {
  if (result.findings.some(f => isError(f) && f.field === 'entityRef')) {
    return result;
  }
  return withFindings(result, [
    {
      severity: 'error',
      code: 'EntityNotFound',
      field: 'entityRef',
      message: `entityRef ${entityRef} is not in the catalog, or you may not see it`,
    },
  ]);
}
