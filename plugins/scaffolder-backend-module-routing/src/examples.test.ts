import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { mockServices } from '@backstage/backend-test-utils';
import { exposureTypes } from '@portway/plugin-routing-common';
import { createRenderExposureAction } from './actions/exposure/createRenderExposureAction';
import { createGitOpsBranchAction } from './actions/gitops/createGitOpsBranchAction';
import { fakeRoutingBackend } from './__testUtils__/fixtures';

const TEMPLATES = path.resolve(__dirname, '../../../examples/templates');
const NAMES = ['expose-http', 'expose-grpc', 'expose-ingress'];

/** The templates this module ships with, checked against its actions and the form contract. */
describe('examples/templates', () => {
  const gitops = { target: { provider: 'local' as const, baseBranch: 'main' } };
  const actions = [
    createRenderExposureAction({
      gitops,
      permissions: mockServices.permissions.mock(),
      routingBackend: fakeRoutingBackend({ ok: true, findings: [], files: [] }),
    }),
    createGitOpsBranchAction({
      gitops: {
        ...gitops,
        readFolder: async () => ({}),
        listPendingChanges: async () => [],
      },
      permissions: mockServices.permissions.mock(),
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

  it('lists the three templates in the templates location', async () => {
    const location = parse(
      await fs.readFile(path.join(TEMPLATES, 'all.yaml'), 'utf8'),
    );

    expect(location.spec.targets).toEqual(
      NAMES.map(name => `./${name}/template.yaml`),
    );
  });

  it('offers every exposure type in exactly one template', async () => {
    const templates = await Promise.all(NAMES.map(readTemplate));

    expect(templates.flatMap(offeredTypes).sort()).toEqual(
      [...exposureTypes].sort(),
    );
    expect(templates.map(offeredTypes)).toEqual([
      ['http'],
      ['grpc-mesh', 'grpc-gateway'],
      ['ingress'],
    ]);
  });

  it.each(NAMES)(
    '%s gives the routing actions only inputs they declare',
    async name => {
      const template = await readTemplate(name);

      for (const action of actions) {
        const step = template.spec.steps.find(
          (s: any) => s.action === action.id,
        );
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
    '%s runs exactly one publish step for each GitOps provider',
    async name => {
      const template = await readTemplate(name);
      const conditions = template.spec.steps.slice(1).map((s: any) => s.if);

      expect(conditions).toEqual(
        ['local', 'github', 'gitlab', 'bitbucketServer'].map(
          provider =>
            `\${{ steps.render.output.gitops.provider === '${provider}' }}`,
        ),
      );
    },
  );

  it('ends all three templates in the same GitOps change and output', async () => {
    const [http, ...others] = await Promise.all(NAMES.map(readTemplate));
    const tail = (template: any) => ({
      publish: template.spec.steps.slice(1),
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
});
