import { generateGateways } from './gateways';
import { addNote, ConversionState } from './ir';
import { asArray } from '../kubernetes/objectFields';

/**
 * The TLS note of an Ingress on a shared Gateway: its certificates belong on the Gateway's
 * listener, and a Gateway in another namespace needs a ReferenceGrant to read the Secrets.
 */
function sharedTlsNotes(state: ConversionState): void {
  const gateway = state.options.gateway!;
  for (const source of state.sources) {
    const tls = asArray(source.object.spec?.tls);
    if (tls.length === 0) continue;
    const secrets = [
      ...new Set(tls.map(entry => entry?.secretName).filter(Boolean)),
    ];
    const where = `the listener of the shared Gateway ${gateway.namespace}/${
      gateway.name
    }${gateway.sectionName ? ` (${gateway.sectionName})` : ''}`;
    const grant =
      secrets.length && gateway.namespace !== source.namespace
        ? `; referencing Secret ${secrets.join(', ')} of namespace ${
            source.namespace
          } from it needs a ReferenceGrant in ${source.namespace}`
        : '';
    addNote(
      state,
      source,
      'info',
      `TLS not carried over: certificates belong on ${where}${grant}`,
      { field: 'spec.tls' },
    );
  }
}

/**
 * Attaches every route: with `options.gateway`, to that shared Gateway (and its sectionName),
 * TLS being a note; without, to a Gateway generated per namespace and class.
 */
export function attachParents(state: ConversionState): void {
  const shared = state.options.gateway;
  if (!shared) {
    generateGateways(state);
    return;
  }
  const { namespace, name, sectionName } = shared;
  for (const route of state.routes)
    route.parentRefs = [
      { namespace, name, ...(sectionName ? { sectionName } : {}) },
    ];
  sharedTlsNotes(state);
}
