import type { Feature } from '../ir';
import { noteAnnotation, readAnnotation } from './annotations';
import { requestRoutes, rulesWithSource, setRequestHeader } from './drafts';

/** The annotations that set a request header towards the backend, and the header. */
const REQUEST_HEADERS: Array<[string, string]> = [
  ['upstream-vhost', 'Host'],
  ['connection-proxy-header', 'Connection'],
];

/**
 * upstream-vhost and connection-proxy-header (ingress2gateway 1.7): a RequestHeaderModifier
 * setting `Host` / `Connection`, one filter per rule (on HTTPRoutes and GRPCRoutes, which both
 * have the filter). The Host header set is what ingress2gateway emits and is Core support;
 * URLRewrite hostname would be Extended. custom-headers (a ConfigMap of response headers, not
 * in the input) is a note.
 */
export const headers: Feature = state => {
  for (const { rule, source } of rulesWithSource(requestRoutes(state))) {
    for (const [name, header] of REQUEST_HEADERS) {
      const value = readAnnotation(state, source, name);
      if (value) setRequestHeader(rule, header, value);
    }
    const custom = readAnnotation(state, source, 'custom-headers');
    if (custom !== undefined)
      noteAnnotation(
        state,
        source,
        'custom-headers',
        'warning',
        `not carried over: the headers live in ConfigMap ${custom}, which is not part of the input; add them as a ResponseHeaderModifier filter (set) on the rules`,
      );
  }
};
