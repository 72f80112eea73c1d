import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Examples of `routing:gitops:branch` for the scaffolder's action list. */
export const examples: TemplateExample[] = [
  {
    description:
      'Commit what routing:exposure:render wrote to a branch of the local GitOps repository',
    example: stringify({
      steps: [
        {
          id: 'branch',
          action: 'routing:gitops:branch',
          name: 'Create the GitOps branch',
          if: "${{ steps.render.output.gitops.provider === 'local' }}",
          input: {
            entityRef: '${{ parameters.entityRef }}',
            sourcePath: '.',
            branchName: '${{ steps.render.output.branchName }}',
            title: '${{ steps.render.output.title }}',
            description: '${{ steps.render.output.description }}',
          },
        },
      ],
    }),
  },
  {
    description: 'Commit a folder of the workspace with a fixed branch name',
    example: stringify({
      steps: [
        {
          id: 'branch',
          action: 'routing:gitops:branch',
          input: {
            entityRef: 'component:default/storefront',
            sourcePath: 'gitops',
            branchName: 'portway/expose-storefront-storefront',
            title: 'Expose storefront over HTTP',
          },
        },
      ],
    }),
  },
];
