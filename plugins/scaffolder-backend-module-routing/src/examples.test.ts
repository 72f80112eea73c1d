import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { exposureTypes } from '@portway/plugin-routing-common';
import { createRenderExposureAction } from './actions/exposure/createRenderExposureAction';
import { createOpenExposureAction } from './actions/exposure/createOpenExposureAction';
import { createMigrateIngressAction } from './actions/ingress/createMigrateIngressAction';
import { createRemoveIngressAction } from './actions/ingress/createRemoveIngressAction';
import { createPublishActions } from './actions/openChange/createPublishActions';
import { fakeRoutingBackend } from './__testUtils__/fixtures';

const TEMPLATES = path.resolve(__dirname, '../../../examples/templates');
const NAMES = ['expose-http', 'expose-grpc', 'expose-ingress'];
const MIGRATION_NAMES = ['migrate-ingress', 'remove-ingress'];

/** The templates this module ships with, checked against its actions and the form contract. */
describe('examples/templates', () => {
  const gitops = {
    target: { provider: 'local' as const, baseBranch: 'main' },
    readFolder: async () => ({}),
    listPendingChanges: async () => [],
  };
  const actions = [
    createRenderExposureAction({
      gitops,
      permissions: mockServices.permissions.mock(),
      routingBackend: fakeRoutingBackend(),
    }),
    createOpenExposureAction({
      gitops,
      permissions: mockServices.permissions.mock(),
      routingBackend: fakeRoutingBackend(),
      publishActions: createPublishActions(mockServices.rootConfig()),
    }),
  ];

  async function readTemplate(name: string) {
    return parse(
      await fs.readFile(path.join(TEMPLATES, name, 'template.yaml'), 'utf8'),
    );
  }

  /** Every form property of a step, those of its `dependencies` branches too (the step's own win). */
  function stepProperties(step: any): Record<string, any> {
    const branches = Object.values(step.dependencies ?? {}).flatMap(
      (dependency: any) => dependency.oneOf ?? [],
    );
    return Object.assign(
      {},
      ...branches.map((branch: any) => branch.properties),
      step.properties,
    );
  }

  function formProperties(template: any): Record<string, any> {
    return Object.assign({}, ...template.spec.parameters.map(stepProperties));
  }

  function offeredTypes(template: any): string[] {
    return formProperties(template).type.enum;
  }

  it('lists the exposure and migration templates in the templates location', async () => {
    const location = parse(
      await fs.readFile(path.join(TEMPLATES, 'all.yaml'), 'utf8'),
    );

    expect(location.spec.targets).toEqual(
      [...NAMES, ...MIGRATION_NAMES, 'convert-virtualservice'].map(
        name => `./${name}/template.yaml`,
      ),
    );
  });

  it('offers every exposure type in exactly one template', async () => {
    const templates = await Promise.all(NAMES.map(readTemplate));

    expect(templates.flatMap(offeredTypes).sort()).toEqual(
      [...exposureTypes].sort(),
    );
    expect(templates.map(offeredTypes)).toEqual([
      ['http'],
      ['grpc-mesh', 'grpc-mesh-route', 'grpc-gateway'],
      ['ingress'],
    ]);
  });

  it.each(NAMES)(
    '%s renders, then records the request and opens its change, giving each action only inputs it declares',
    async name => {
      const template = await readTemplate(name);

      expect(template.spec.steps.map((step: any) => step.action)).toEqual(
        actions.map(action => action.id),
      );
      for (const [index, action] of actions.entries()) {
        const step = template.spec.steps[index];
        const declared = Object.keys((action.schema?.input as any).properties);
        expect(declared).toEqual(
          expect.arrayContaining(Object.keys(step.input)),
        );
      }
    },
  );

  it.each(NAMES)(
    '%s maps only parameters that its form declares',
    async name => {
      const template = await readTemplate(name);
      const declared = Object.keys(formProperties(template));
      const used = JSON.stringify(template.spec.steps[0].input).match(
        /parameters\.[A-Za-z]+/g,
      );

      expect(declared).toEqual(
        expect.arrayContaining(
          [...new Set(used)].map(ref => ref.slice('parameters.'.length)),
        ),
      );
    },
  );

  it.each(NAMES)(
    '%s uses the Routing form fields of the form contract, with a last step "Check" (the scaffolder adds its own Review)',
    async name => {
      const template = await readTemplate(name);
      const properties = formProperties(template);
      const fields = Object.fromEntries(
        Object.entries(properties)
          .filter(([, schema]) => schema['ui:field'])
          .map(([key, schema]) => [key, schema['ui:field']]),
      );
      const expected: Record<string, string> = {
        entityRef: 'EntityPicker',
        target: 'RoutingServicePicker',
        hostnames: 'RoutingHostnamesField',
        gateway: 'RoutingListenerPicker',
        ingressClassName: 'RoutingIngressClassPicker',
        review: 'RoutingExposureReview',
      };

      expect(fields).toEqual(
        Object.fromEntries(
          Object.keys(fields).map(key => [key, expected[key]]),
        ),
      );
      expect(Object.keys(fields)).toEqual(
        expect.arrayContaining(['entityRef', 'target', 'hostnames', 'review']),
      );
      const last = template.spec.parameters.at(-1);
      expect(last.title).toBe('Check');
      expect(Object.keys(last.properties)).toEqual(['review']);
    },
  );

  it('asks the listener picker for listeners of the type that attaches to them', async () => {
    const pickers = await Promise.all(
      ['expose-http', 'expose-grpc'].map(async name => {
        const { gateway } = formProperties(await readTemplate(name));
        return gateway['ui:options'];
      }),
    );

    expect(pickers).toEqual([{ type: 'http' }, { type: 'grpc-gateway' }]);
  });

  it.each(NAMES)(
    '%s opens the change of the request the render step checked, for every GitOps provider, and links to it once',
    async name => {
      const template = await readTemplate(name);
      const [, open] = template.spec.steps;

      expect(open.if).toBeUndefined();
      expect(open.input).toMatchObject({
        entityRef: '${{ parameters.entityRef }}',
        request: '${{ steps.render.output.request }}',
        branchName: '${{ steps.render.output.branchName }}',
      });
      const changeLinks = template.spec.output.links.filter((link: any) =>
        link.url.includes('steps.open.output'),
      );
      expect(changeLinks).toEqual([
        {
          title: expect.stringContaining('steps.open.output.provider'),
          url: '${{ steps.open.output.changeUrl }}',
        },
      ]);
    },
  );

  it.each(NAMES)(
    '%s reads only outputs that the render and open actions declare',
    async name => {
      const template = await readTemplate(name);
      const used = [
        ...JSON.stringify(template.spec).matchAll(
          /steps\.(\w+)\.output\.(\w+)/g,
        ),
      ].map(([, step, output]) => `${step}.${output}`);
      const declared = actions.flatMap((action, index) =>
        Object.keys((action.schema?.output as any).properties).map(
          output => `${template.spec.steps[index].id}.${output}`,
        ),
      );

      expect(used.length).toBeGreaterThan(0);
      expect(declared).toEqual(expect.arrayContaining([...new Set(used)]));
    },
  );

  it('ends all three templates in the same GitOps change and output', async () => {
    const [http, ...others] = await Promise.all(NAMES.map(readTemplate));
    const tail = (template: any) => ({
      open: template.spec.steps.slice(1),
      output: template.spec.output,
    });

    for (const other of others) {
      expect(tail(other)).toEqual(tail(http));
    }
  });

  it('says in the ingress template that it is the legacy path for vendor-run services, pointing to expose-http', async () => {
    const template = await readTemplate('expose-ingress');
    const [first] = template.spec.parameters;

    for (const text of [template.metadata.description, first.description]) {
      expect(text).toMatch(/legacy/i);
      expect(text).toMatch(/outside vendor/);
      expect(text).toContain('expose-http');
    }
  });

  describe('migrate-ingress and remove-ingress', () => {
    const options = {
      gitops,
      permissions: mockServices.permissions.mock(),
      routingBackend: fakeRoutingBackend(),
      publishActions: createPublishActions(mockServices.rootConfig()),
    };
    const migrationActions: Record<string, any> = {
      'migrate-ingress': createMigrateIngressAction(options),
      'remove-ingress': createRemoveIngressAction(options),
    };
    const declared = (schema: any) => Object.keys(schema.properties);

    it.each(MIGRATION_NAMES)(
      '%s runs its one action with every input it requires and only declared ones, from parameters its form declares',
      async name => {
        const template = await readTemplate(name);
        const action = migrationActions[name];
        const [step, ...others] = template.spec.steps;

        expect(others).toEqual([]);
        expect(step.action).toBe(action.id);
        expect(declared(action.schema.input)).toEqual(
          expect.arrayContaining(Object.keys(step.input)),
        );
        expect(Object.keys(step.input)).toEqual(
          expect.arrayContaining(action.schema.input.required),
        );
        const used = JSON.stringify(step.input).match(/parameters\.\w+/g);
        expect(Object.keys(formProperties(template))).toEqual(
          expect.arrayContaining(
            [...new Set(used)].map(ref => ref.slice('parameters.'.length)),
          ),
        );
      },
    );

    it.each(MIGRATION_NAMES)(
      '%s reads only outputs its action declares, and links to the Routing tab and the change',
      async name => {
        const template = await readTemplate(name);
        const [step] = template.spec.steps;
        const used = [
          ...JSON.stringify(template.spec.output).matchAll(
            /steps\.(\w+)\.output\.(\w+)/g,
          ),
        ];

        expect(used.map(([, id]) => id)).toEqual(used.map(() => step.id));
        expect(declared(migrationActions[name].schema.output)).toEqual(
          expect.arrayContaining(used.map(([, , output]) => output)),
        );
        expect(template.spec.output.links.map((link: any) => link.url)).toEqual(
          [
            `\${{ steps.${step.id}.output.routingPath }}`,
            `\${{ steps.${step.id}.output.changeUrl }}`,
          ],
        );
      },
    );

    it.each([
      ['migrate-ingress', undefined],
      ['remove-ingress', { purpose: 'removal' }],
    ])(
      '%s uses the Routing form fields of the migration, with a last step "Check"',
      async (name, purpose) => {
        const template = await readTemplate(name);
        const properties = formProperties(template);
        const fields = Object.fromEntries(
          Object.entries(properties).map(([key, schema]) => [
            key,
            [schema['ui:field'], schema['ui:options']],
          ]),
        );

        expect(fields).toEqual({
          entityRef: ['EntityPicker', { catalogFilter: { kind: 'Component' } }],
          ingress: ['RoutingIngressMigrationPicker', purpose],
          ...(name === 'migrate-ingress'
            ? {
                gateway: [
                  'RoutingListenerPicker',
                  { type: 'http', source: 'ingress' },
                ],
              }
            : {}),
          review: ['RoutingMigrationReview', purpose],
        });
        const last = template.spec.parameters.at(-1);
        expect(last.title).toBe('Check');
        expect(Object.keys(last.properties)).toEqual(['review']);
      },
    );
  });
});
