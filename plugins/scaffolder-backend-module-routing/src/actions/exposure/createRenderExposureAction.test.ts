import fs from 'node:fs/promises';
import path from 'node:path';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  exposureRequestSchema,
  parseExposureRequest,
  RenderResult,
  routingExposureCreatePermission,
} from '@portway/plugin-routing-common';
import type { GitOpsTarget } from '@portway/plugin-routing-node';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import {
  fakeRoutingBackend,
  listFiles,
  requestsByType,
  storefrontRequest,
} from '../../__testUtils__/fixtures';
import { createRenderExposureAction } from './createRenderExposureAction';
import { permissionsThat } from '../../__testUtils__/permissions';

const FOLDER = 'clusters/demo/shop/storefront';
const ROUTE_FILE = `${FOLDER}/httproute-storefront.yaml`;
const KUSTOMIZATION_FILE = `${FOLDER}/kustomization.yaml`;
const LOCAL: GitOpsTarget = { provider: 'local', baseBranch: 'main' };

/** What the routing backend answers for the storefront request: its files, a warning, a note. */
const passed: RenderResult = {
  ok: true,
  findings: [
    {
      severity: 'warning',
      code: 'CertificateNotReady',
      field: 'gateway.sectionName',
      message: 'the certificate of listener https is not Ready yet',
    },
    {
      severity: 'info',
      code: 'SecretNotChecked',
      message: 'a note',
    },
  ],
  files: [
    { path: ROUTE_FILE, content: 'kind: HTTPRoute\n' },
    {
      path: KUSTOMIZATION_FILE,
      content: 'resources:\n  - service.yaml\n  - httproute-storefront.yaml\n',
    },
  ],
};

const failed: RenderResult = {
  ok: false,
  findings: [
    {
      severity: 'error',
      code: 'PortNotOnService',
      field: 'service.port',
      message:
        'Service shop/storefront has no port 9999: its ports are 8080 (http)',
    },
    {
      severity: 'error',
      code: 'NoMatchingListenerHostname',
      field: 'hostnames',
      message: 'hostnames: listener https only accepts *.shop.example.com',
    },
    { severity: 'warning', code: 'Other', message: 'not an error' },
  ],
  files: [],
};

const allowAll = () => permissionsThat(AuthorizeResult.ALLOW);

describe('routing:exposure:render', () => {
  const tempDir = useTempDirs();

  async function setUp(
    options: {
      result?: RenderResult;
      permissions?: ReturnType<typeof allowAll>;
      target?: GitOpsTarget;
    } = {},
  ) {
    const workspacePath = await tempDir();
    const permissions = options.permissions ?? allowAll();
    const routingBackend = fakeRoutingBackend(options.result ?? passed);
    const action = createRenderExposureAction({
      gitops: { target: options.target ?? LOCAL },
      permissions,
      routingBackend,
    });
    const run = async (input: object) => {
      const ctx = createMockActionContext({
        input: input as any,
        workspacePath,
      });
      await action.handler(ctx);
      return ctx;
    };
    return { action, workspacePath, permissions, routingBackend, run };
  }

  it('writes the files the preflight returned into the workspace at their repository paths', async () => {
    const { workspacePath, run } = await setUp();

    await run(storefrontRequest);

    expect(await listFiles(workspacePath)).toEqual([
      ROUTE_FILE,
      KUSTOMIZATION_FILE,
    ]);
    expect(
      await fs.readFile(path.join(workspacePath, KUSTOMIZATION_FILE), 'utf8'),
    ).toBe(passed.files[1].content);
  });

  it('sends the parsed request (defaults applied) to the preflight with the initiator credentials, and outputs it', async () => {
    const { routingBackend, run } = await setUp();
    const { paths, ...withoutPaths } = storefrontRequest;

    const ctx = await run(withoutPaths);

    expect(routingBackend.preflight).toHaveBeenCalledWith(
      parseExposureRequest(storefrontRequest),
      mockCredentials.user(),
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'request',
      parseExposureRequest(storefrontRequest),
    );
  });

  it.each(Object.entries(requestsByType))(
    'accepts a %s request and hands it to the preflight as it is',
    async (type, request) => {
      const { routingBackend, run } = await setUp();

      await run(request);

      expect(routingBackend.preflight.mock.calls[0][0]).toEqual(
        parseExposureRequest(request),
      );
      expect(routingBackend.preflight.mock.calls[0][0].type).toBe(type);
    },
  );

  it('outputs the files, branch, pull request text, the non-error findings, where the change goes and the request it checked', async () => {
    const { run } = await setUp();

    const ctx = await run(storefrontRequest);

    const output = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    expect(output).toMatchObject({
      files: [ROUTE_FILE, KUSTOMIZATION_FILE],
      folder: FOLDER,
      branchName: 'portway/expose-storefront-http-storefront',
      title: expect.stringMatching(/^Expose storefront: /),
      routingPath: '/catalog/default/component/storefront/routing',
      gitops: LOCAL,
      findings: passed.findings,
      request: parseExposureRequest(storefrontRequest),
    });
    expect(output.description).toContain('`CertificateNotReady`');
    expect(output.description).toContain(`\`${ROUTE_FILE}\``);
  });

  it('outputs the forge the GitOps repository is on, for the publish step', async () => {
    const target: GitOpsTarget = {
      provider: 'github',
      repoUrl: 'github.com?owner=acme&repo=gitops',
      baseBranch: 'main',
    };
    const { run } = await setUp({ target });

    const ctx = await run(storefrontRequest);

    expect(ctx.output).toHaveBeenCalledWith('gitops', target);
  });

  it('refuses with an InputError listing every error finding with its field, and writes nothing', async () => {
    const { workspacePath, run } = await setUp({ result: failed });

    const error = await run(storefrontRequest).catch(e => e);

    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      [
        'The exposure request cannot be rendered:',
        '- service.port: Service shop/storefront has no port 9999: its ports are 8080 (http)',
        '- hostnames: listener https only accepts *.shop.example.com',
      ].join('\n'),
    );
    expect(await listFiles(workspacePath)).toEqual([]);
  });

  it('refuses a malformed request with an InputError naming the field, without a preflight', async () => {
    const { workspacePath, routingBackend, run } = await setUp();

    await expect(
      run({
        ...storefrontRequest,
        service: { name: 'storefront', port: 'http' },
      }),
    ).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('service.port'),
    });
    expect(routingBackend.preflight).not.toHaveBeenCalled();
    expect(await listFiles(workspacePath)).toEqual([]);
  });

  it('refuses a request without a type: the template must say which kind it asks for', async () => {
    const { type, ...withoutType } = storefrontRequest;
    const { run } = await setUp();

    await expect(run(withoutType)).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('type'),
    });
  });

  it('asks for routing.exposure.create on the entity with the initiator credentials', async () => {
    const { permissions, run } = await setUp();

    await run(storefrontRequest);

    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: routingExposureCreatePermission,
          resourceRef: 'component:default/storefront',
        },
      ],
      { credentials: mockCredentials.user() },
    );
  });

  it('throws NotAllowedError when permission is denied, without a preflight and writing nothing', async () => {
    const { workspacePath, routingBackend, run } = await setUp({
      permissions: mockServices.permissions.mock({
        authorize: jest.fn(async () => [{ result: AuthorizeResult.DENY }]),
      }),
    });

    await expect(run(storefrontRequest)).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    expect(routingBackend.preflight).not.toHaveBeenCalled();
    expect(await listFiles(workspacePath)).toEqual([]);
  });

  it('fails with the routing backend’s error when the preflight cannot be run, writing nothing', async () => {
    const { workspacePath, routingBackend, run } = await setUp();
    routingBackend.preflight.mockRejectedValue(
      new Error('Request failed with 503 Service Unavailable'),
    );

    await expect(run(storefrontRequest)).rejects.toThrow(
      'Request failed with 503 Service Unavailable',
    );
    expect(await listFiles(workspacePath)).toEqual([]);
  });

  it('names the branch after the type and the requested object name', async () => {
    const { run } = await setUp();

    const ctx = await run({ ...storefrontRequest, name: 'storefront-public' });

    expect(ctx.output).toHaveBeenCalledWith(
      'branchName',
      'portway/expose-storefront-http-storefront-public',
    );
  });

  it('declares an input for every field of the common exposure request schema', async () => {
    const { action } = await setUp();

    expect(
      Object.keys((action.schema?.input as any).properties).sort(),
    ).toEqual(Object.keys(exposureRequestSchema.shape).sort());
  });

  it('requires in its input exactly the fields the common schema requires', async () => {
    const { action } = await setUp();
    const required = Object.entries(exposureRequestSchema.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([key]) => key);

    expect(((action.schema?.input as any).required ?? []).sort()).toEqual(
      required.sort(),
    );
  });
});
