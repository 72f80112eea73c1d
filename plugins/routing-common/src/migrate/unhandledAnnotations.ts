import { LEGACY_INGRESS_CLASS_ANNOTATION } from '../ingress/model';
import { addNote, ConversionState, isHandled } from './ir';
import type { MigrationNote } from './types';

const NGINX = 'nginx.ingress.kubernetes.io/';
/** Annotations the migration uses or that say nothing about routing: no note. */
const SILENT = [
  LEGACY_INGRESS_CLASS_ANNOTATION,
  'kubectl.kubernetes.io/last-applied-configuration',
];
const CERT_MANAGER_ISSUERS = [
  'cert-manager.io/cluster-issuer',
  'cert-manager.io/issuer',
];

/** Why an annotation no feature handled is not carried over, or undefined for none. */
function reason(
  key: string,
): Pick<MigrationNote, 'level' | 'message'> | undefined {
  if (SILENT.includes(key)) return undefined;
  if (key.startsWith(NGINX))
    return {
      level: 'warning',
      message: `${key}: not carried over: ingress-nginx annotation with no Gateway API equivalent; configure it with your Gateway implementation's policies, or drop it`,
    };
  if (CERT_MANAGER_ISSUERS.includes(key))
    return {
      level: 'warning',
      message: `${key}: not copied to the routes: put it on the Gateway (cert-manager's Gateway API support issues the listeners' certificates)`,
    };
  return {
    level: 'info',
    message: `${key}: not copied to the routes; check whether its controller reads routes`,
  };
}

/**
 * One note per annotation of a source that no feature handled (`state.handled`), so nothing is
 * dropped silently: ingress-nginx ones are warnings (like ingress2gateway's "Unsupported
 * annotation"), others info (cert-manager issuers: a warning to move them to the Gateway). The
 * legacy class annotation (it picked the class) and kubectl's last-applied-configuration are
 * left out.
 */
export function noteUnhandledAnnotations(state: ConversionState): void {
  for (const source of state.sources) {
    for (const key of Object.keys(source.annotations)) {
      if (isHandled(state, source, key)) continue;
      const why = reason(key);
      if (why)
        addNote(state, source, why.level, why.message, {
          field: `metadata.annotations["${key}"]`,
          annotation: key,
        });
    }
  }
}
