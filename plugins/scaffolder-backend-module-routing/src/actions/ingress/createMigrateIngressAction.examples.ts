import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Examples of `routing:ingress:migrate` for the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      "Move the checkout's legacy Ingress to an HTTPRoute on the HTTPS listener of the shared public Gateway",
    example: stringify({
      steps: [
        {
          id: 'migrate',
          action: 'routing:ingress:migrate',
          name: 'Convert the Ingress and open the change',
          input: {
            entityRef: 'component:default/checkout',
            cluster: 'demo',
            namespace: 'shop',
            ingresses: ['checkout-legacy'],
            gateway: {
              namespace: 'infra',
              name: 'public',
              sectionName: 'https',
            },
          },
        },
      ],
    }),
  },
  {
    description:
      'Move the Ingresses picked in a template form (RoutingIngressMigrationPicker and RoutingListenerPicker)',
    example: stringify({
      steps: [
        {
          id: 'migrate',
          action: 'routing:ingress:migrate',
          name: 'Convert the Ingresses and open the change',
          input: {
            entityRef: '${{ parameters.entityRef }}',
            cluster: '${{ parameters.ingress.cluster }}',
            namespace: '${{ parameters.ingress.namespace }}',
            ingresses: '${{ parameters.ingress.names }}',
            gateway: '${{ parameters.gateway }}',
          },
        },
      ],
    }),
  },
];
