import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { fakeRoutingBackend } from '../../__testUtils__/fixtures';
import { createPublishActions } from '../openChange/createPublishActions';
import { createConvertVirtualServiceAction } from './createConvertVirtualServiceAction';

const TEMPLATE = path.resolve(
  __dirname,
  '../../../../../examples/templates/convert-virtualservice/template.yaml',
);

/** examples/templates/convert-virtualservice, checked against the action it runs. */
describe('the convert-virtualservice template', () => {
  const action = createConvertVirtualServiceAction({
    gitops: {
      target: { provider: 'local' as const, baseBranch: 'main' },
      readFolder: async () => ({}),
      listPendingChanges: async () => [],
    },
    permissions: mockServices.permissions.mock(),
    routingBackend: fakeRoutingBackend(),
    publishActions: createPublishActions(mockServices.rootConfig()),
  });
  const input = action.schema?.input as any;
  const output = action.schema?.output as any;

  async function readTemplate() {
    return parse(await fs.readFile(TEMPLATE, 'utf8'));
  }

  const formProperties = (template: any): Record<string, any> =>
    Object.assign(
      {},
      ...template.spec.parameters.map((page: any) => page.properties),
    );

  it('runs its one action with every input it requires and only declared ones, from parameters its form declares', async () => {
    const template = await readTemplate();
    const [step, ...others] = template.spec.steps;

    expect(others).toEqual([]);
    expect(step.action).toBe('routing:virtualservice:convert');
    expect(Object.keys(input.properties)).toEqual(
      expect.arrayContaining(Object.keys(step.input)),
    );
    expect(Object.keys(step.input)).toEqual(
      expect.arrayContaining(input.required),
    );
    const used = JSON.stringify(step.input).match(/parameters\.\w+/g) ?? [];
    expect(Object.keys(formProperties(template))).toEqual(
      expect.arrayContaining(
        [...new Set(used)].map(ref => ref.slice('parameters.'.length)),
      ),
    );
  });

  it('reads only outputs the action declares, and links to the Routing tab and the change', async () => {
    const template = await readTemplate();
    const used = [
      ...JSON.stringify(template.spec.output).matchAll(
        /steps\.(\w+)\.output\.(\w+)/g,
      ),
    ];

    expect(new Set(used.map(([, id]) => id))).toEqual(new Set(['convert']));
    expect(Object.keys(output.properties)).toEqual(
      expect.arrayContaining(used.map(([, , name]) => name)),
    );
    expect(template.spec.output.links.map((link: any) => link.url)).toEqual([
      '${{ steps.convert.output.routingPath }}',
      '${{ steps.convert.output.changeUrl }}',
    ]);
    expect(template.spec.output.text[0]).toEqual({
      title: 'Conversion report',
      content: '${{ steps.convert.output.report }}',
    });
  });

  it('picks a Component and its VirtualServices, and ends with a Check page that reviews the conversion and where the initiator acknowledges that mesh routing is experimental', async () => {
    const template = await readTemplate();
    const properties = formProperties(template);
    const last = template.spec.parameters.at(-1);

    expect(properties.entityRef).toMatchObject({
      'ui:field': 'EntityPicker',
      'ui:options': { catalogFilter: { kind: 'Component' } },
    });
    expect(properties.virtualService).toMatchObject({
      'ui:field': 'RoutingVirtualServicePicker',
      required: ['cluster', 'namespace', 'names'],
    });
    expect(last.title).toBe('Check');
    expect(last.properties.review).toMatchObject({
      'ui:field': 'RoutingVirtualServiceConversionReview',
    });
    expect(last.required).toEqual(['experimental']);
    expect(last.properties.experimental).toMatchObject({
      type: 'boolean',
      const: true,
    });
    expect(template.metadata.description).toMatch(/experimental/);
  });
});
