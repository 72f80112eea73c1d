import {
  AllowedRoutesView,
  formatLabelSelector,
  LabelSelector,
  selectorRequirements,
} from '@portway/plugin-routing-common';

/** A listener's `allowedRoutes`, as the spec writes it. */
interface AllowedRoutesSpec {
  namespaces?: { from?: string; selector?: LabelSelector };
}

/**
 * Which routes a listener accepts, with the spec's defaults applied: namespaces `Same` when
 * not given, the selector in kubectl's words, and the kinds the analysis says the listener
 * supports (its protocol's kinds when `allowedRoutes.kinds` is absent).
 */
export function allowedRoutesView(
  allowedRoutes: AllowedRoutesSpec | undefined,
  supportedKinds: Array<{ kind: string }>,
): AllowedRoutesView {
  // The API server only admits All, Same and Selector.
  const from = (allowedRoutes?.namespaces?.from ??
    'Same') as AllowedRoutesView['namespaces'];
  const selector = allowedRoutes?.namespaces?.selector;
  return {
    namespaces: from,
    ...(from === 'Selector' && selector
      ? { selector: formatLabelSelector(selectorRequirements(selector)) }
      : {}),
    kinds: supportedKinds.map(({ kind }) => kind),
  };
}
