import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Examples of `routing:exposure:render` for the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Expose the storefront Service over HTTP through the shared public Gateway',
    example: stringify({
      steps: [
        {
          id: 'render',
          action: 'routing:exposure:render',
          name: 'Render the HTTPRoute',
          input: {
            entityRef: 'component:default/storefront',
            type: 'http',
            cluster: 'demo',
            namespace: 'shop',
            service: { name: 'storefront', port: 8080 },
            hostnames: ['storefront.shop.example.com'],
            paths: [{ type: 'PathPrefix', value: '/' }],
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
    description: 'Expose two hostnames, with the form values of a template',
    example: stringify({
      steps: [
        {
          id: 'render',
          action: 'routing:exposure:render',
          name: 'Render the HTTPRoute',
          input: {
            entityRef: '${{ parameters.entityRef }}',
            cluster: '${{ parameters.cluster }}',
            namespace: '${{ parameters.namespace }}',
            service: {
              name: '${{ parameters.serviceName }}',
              port: '${{ parameters.servicePort }}',
            },
            hostnames: ['shop.example.com', 'www.shop.example.com'],
            paths: [{ type: 'PathPrefix', value: '/' }],
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
];
