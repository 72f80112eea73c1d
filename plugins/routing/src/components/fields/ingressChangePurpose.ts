import type { IngressChangePurpose } from './types';

/** The purpose an Ingress field's `ui:options` name: `migration` unless it says `removal`. */
export function ingressChangePurpose(uiSchema: unknown): IngressChangePurpose {
  const options = (uiSchema as { 'ui:options'?: { purpose?: unknown } })?.[
    'ui:options'
  ];
  return options?.purpose === 'removal' ? 'removal' : 'migration';
}
