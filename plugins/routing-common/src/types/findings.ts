/**
 * How bad a finding is: errors block a request, warnings and info do not.
 *
 * @public
 */
export type FindingSeverity = 'error' | 'warning' | 'info';

/**
 * One thing Portway noticed about a request or a set of objects. Codes reuse Gateway API
 * reason names where one fits (NoMatchingListenerHostname, RefNotPermitted, ...).
 *
 * @public
 */
export interface Finding {
  /** How bad it is: an `error` blocks the request, a `warning` or `info` does not. */
  severity: FindingSeverity;
  /** A stable machine-readable code, e.g. `HostnameTaken`. */
  code: string;
  /** What is wrong and how to fix it, in plain words. */
  message: string;
  /** The request field the finding is about, as a dotted path: `hostnames[0]`, `service.port`. */
  field?: string;
}

/**
 * A file that a request adds to (or changes in) the GitOps repository.
 *
 * @public
 */
export interface ManifestFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  /** The file's full text (YAML for manifests). */
  content: string;
}

/**
 * What rendering an exposure request gives: `ok` is false when any finding is an error.
 *
 * @public
 */
export interface RenderResult {
  /** True when no finding is an error; only then are there files. */
  ok: boolean;
  /** Every finding of the checks. */
  findings: Finding[];
  /** The files of the change; empty when not `ok`. */
  files: ManifestFile[];
}
