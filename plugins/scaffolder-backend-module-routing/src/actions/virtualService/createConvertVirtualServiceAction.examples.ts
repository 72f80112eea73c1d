import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Examples of `routing:virtualservice:convert` for the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Convert every mesh VirtualService of the storefront into Gateway API mesh routes, in one change',
    example: stringify({
      steps: [
        {
          id: 'convert',
          action: 'routing:virtualservice:convert',
          name: 'Convert the VirtualServices and open the change',
          input: { entityRef: 'component:default/storefront' },
        },
      ],
    }),
  },
  {
    description:
      'Convert one VirtualService of one namespace of one cluster, picked in a template form',
    example: stringify({
      steps: [
        {
          id: 'convert',
          action: 'routing:virtualservice:convert',
          name: 'Convert the VirtualService and open the change',
          input: {
            entityRef: '${{ parameters.entityRef }}',
            cluster: 'demo',
            namespace: 'shop',
            virtualServices: ['storefront-catalog-grpc'],
          },
        },
      ],
    }),
  },
];
