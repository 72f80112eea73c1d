import { parse } from 'yaml';
import { faultyVirtualService, sourcesWith } from './__testUtils__/meshSources';
import { convertEntityVirtualServices } from './convertEntityVirtualServices';
import { conversionFiles, routeFolders } from './conversionFiles';

const FOLDER = 'clusters/demo/shop/storefront';
const WEB_FOLDER = 'clusters/demo/web/storefront';

function folders() {
  const conversion = convertEntityVirtualServices(
    sourcesWith([
      faultyVirtualService,
      {
        ...faultyVirtualService,
        metadata: { name: 'storefront-web', namespace: 'web' },
        spec: {
          ...faultyVirtualService.spec,
          hosts: ['storefront.shop.svc.cluster.local'],
        },
      },
    ]),
    { entityRef: 'component:default/storefront' },
  );
  return routeFolders(conversion);
}

describe('routeFolders and conversionFiles', () => {
  it("puts each route in the entity's folder of its cluster and namespace", () => {
    expect(
      folders().map(({ cluster, namespace, folder, routes }) => [
        cluster,
        namespace,
        folder,
        routes.map(route => `${route.kind} ${route.metadata?.namespace}`),
      ]),
    ).toEqual([
      ['demo', 'shop', FOLDER, ['HTTPRoute shop']],
      ['demo', 'web', WEB_FOLDER, ['HTTPRoute web']],
    ]);
  });

  it('writes each route in its own file and merges kustomization.yaml, keeping what it lists', () => {
    const { files, findings } = conversionFiles(folders(), {
      [FOLDER]: {
        'kustomization.yaml':
          '# reviewed by team-shop\nresources:\n  - service.yaml\n',
      },
    });

    expect(findings).toEqual([]);
    expect(files.map(file => file.path)).toEqual([
      `${FOLDER}/httproute-storefront-web.yaml`,
      `${FOLDER}/kustomization.yaml`,
      `${WEB_FOLDER}/httproute-storefront-web.yaml`,
      `${WEB_FOLDER}/kustomization.yaml`,
    ]);
    expect(parse(files[0].content)).toMatchObject({
      kind: 'HTTPRoute',
      metadata: { name: 'storefront-web', namespace: 'shop' },
    });
    expect(files[1].content).toBe(
      '# reviewed by team-shop\nresources:\n  - service.yaml\n  - httproute-storefront-web.yaml\n',
    );
    expect(parse(files[3].content).resources).toEqual([
      'httproute-storefront-web.yaml',
    ]);
  });

  it('refuses a route whose file exists already, and a kustomization.yaml it cannot merge, writing nothing', () => {
    const { files, findings } = conversionFiles(folders(), {
      [FOLDER]: { 'httproute-storefront-web.yaml': 'kind: HTTPRoute\n' },
      [WEB_FOLDER]: { 'kustomization.yaml': 'resources: 3\n' },
    });

    expect(files).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'AlreadyExists',
        message: `${FOLDER}/httproute-storefront-web.yaml already exists in the GitOps repository: the VirtualService was converted before, or another change uses the name; remove or rename that file first`,
      }),
      expect.objectContaining({
        severity: 'error',
        code: 'InvalidKustomization',
        message: expect.stringContaining(
          `${WEB_FOLDER}/kustomization.yaml: resources must be a list`,
        ),
      }),
    ]);
  });
});
