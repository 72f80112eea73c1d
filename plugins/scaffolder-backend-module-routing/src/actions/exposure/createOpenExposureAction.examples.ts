import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Examples of `routing:exposure:open` for the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Record the request that routing:exposure:render checked and open its change where routing.gitops points (a local branch or a pull request)',
    example: stringify({
      steps: [
        {
          id: 'open',
          action: 'routing:exposure:open',
          name: 'Record the request and open the change',
          input: {
            entityRef: '${{ parameters.entityRef }}',
            request: '${{ steps.render.output.request }}',
            sourcePath: '.',
            branchName: '${{ steps.render.output.branchName }}',
            title: '${{ steps.render.output.title }}',
            description: '${{ steps.render.output.description }}',
          },
        },
      ],
      output: {
        links: [
          {
            title: 'Change',
            url: '${{ steps.open.output.changeUrl }}',
          },
        ],
      },
    }),
  },
  {
    description:
      'Record an HTTP exposure request written out in full, with the files of a workspace folder',
    example: stringify({
      steps: [
        {
          id: 'open',
          action: 'routing:exposure:open',
          input: {
            entityRef: 'component:default/storefront',
            request: {
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
            sourcePath: 'gitops',
            branchName: 'portway/expose-storefront-http-storefront',
            title: 'Expose storefront: HTTPRoute on a shared Gateway',
          },
        },
      ],
    }),
  },
];
