/** How bad a finding is: errors block a request, warnings and info do not. */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * One thing Portway noticed about a request or a set of objects. Codes reuse Gateway API
 * reason names where one fits (NoMatchingListenerHostname, RefNotPermitted, ...).
 */
export interface Finding {
  severity: FindingSeverity;
  code: string;
  message: string;
  /** The request field the finding is about, as a dotted path: `hostnames[0]`, `service.port`. */
  field?: string;
}

/** A file that a request adds to (or changes in) the GitOps repository. */
export interface ManifestFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/** What rendering an exposure request gives: `ok` is false when any finding is an error. */
export interface RenderResult {
  ok: boolean;
  findings: Finding[];
  files: ManifestFile[];
}
