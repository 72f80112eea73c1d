import type { AnalyzedBackendTlsPolicy } from './types';

/**
 * The BackendTLSPolicy that governs a route's connections to one Service port, for views to
 * show on that backend: a policy on that port (by its name, the targetRef's sectionName) comes
 * before one on the whole Service; a policy that another takes precedence over on the target,
 * or whose target does not resolve, governs nothing. Undefined when no policy targets it. The
 * policy's `valid` and ancestors' conditions say whether its TLS settings work.
 *
 * @public
 */
export function backendTlsPolicyFor(
  policies: readonly AnalyzedBackendTlsPolicy[],
  backend: { namespace: string; name: string; port?: number },
): AnalyzedBackendTlsPolicy | undefined {
  const governing = (section: boolean) =>
    policies.find(
      policy =>
        policy.namespace === backend.namespace &&
        policy.targetRefs.some(
          t =>
            t.group === '' &&
            t.kind === 'Service' &&
            t.name === backend.name &&
            !t.conflictedWith &&
            (section
              ? t.sectionName !== undefined &&
                t.port !== undefined &&
                t.port === backend.port
              : t.sectionName === undefined),
        ),
    );
  return governing(true) ?? governing(false);
}
