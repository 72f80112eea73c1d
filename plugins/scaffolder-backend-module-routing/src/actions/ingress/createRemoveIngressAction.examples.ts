import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Examples of `routing:ingress:remove` for the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      "Remove the storefront's legacy Ingress, now that the HTTPRoute serving its host is live",
    example: stringify({
      steps: [
        {
          id: 'remove',
          action: 'routing:ingress:remove',
          name: 'Remove the Ingress',
          input: {
            entityRef: 'component:default/storefront',
            cluster: 'demo',
            namespace: 'shop',
            ingresses: ['storefront-legacy'],
          },
        },
      ],
    }),
  },
  {
    description:
      'Remove the Ingresses picked in a template form (RoutingIngressMigrationPicker with purpose removal)',
    example: stringify({
      steps: [
        {
          id: 'remove',
          action: 'routing:ingress:remove',
          name: 'Remove the Ingresses',
          input: {
            entityRef: '${{ parameters.entityRef }}',
            cluster: '${{ parameters.ingress.cluster }}',
            namespace: '${{ parameters.ingress.namespace }}',
            ingresses: '${{ parameters.ingress.names }}',
          },
        },
      ],
    }),
  },
];
