import {
  catalogVirtualService,
  faultyVirtualService,
  sourcesWith,
} from './__testUtils__/meshSources';
import { routeFolders } from './conversionFiles';
import { conversionPreview } from './conversionPreview';
import { convertEntityVirtualServices } from './convertEntityVirtualServices';
import { VIRTUAL_SERVICES_KEPT } from './meshConversionReport';

const entityRef = 'component:default/storefront';

function previewOf(
  ...args: Parameters<typeof convertEntityVirtualServices>
): ReturnType<typeof conversionPreview> {
  const conversion = convertEntityVirtualServices(...args);
  return conversionPreview(conversion, routeFolders(conversion), {}, []);
}

describe('conversionPreview', () => {
  const preview = previewOf(
    sourcesWith([catalogVirtualService, faultyVirtualService]),
    { entityRef },
  );

  it('names the change after the entity and its VirtualServices, on a request branch', () => {
    expect(preview).toMatchObject({
      ok: true,
      branchName:
        'portway/convert-virtualservice/storefront/shop/storefront-catalog-grpc-and-1-more',
      title:
        'Convert VirtualService shop/storefront-catalog-grpc, shop/storefront-web to Gateway API mesh routes (experimental)',
      virtualServices: [
        {
          cluster: 'demo',
          namespace: 'shop',
          name: 'storefront-catalog-grpc',
          hosts: ['storefront.shop.svc.cluster.local'],
        },
        {
          cluster: 'demo',
          namespace: 'shop',
          name: 'storefront-web',
          hosts: ['storefront'],
        },
      ],
    });
    expect(preview.files.map(file => file.path)).toEqual([
      'clusters/demo/shop/storefront/grpcroute-storefront-catalog-grpc.yaml',
      'clusters/demo/shop/storefront/httproute-storefront-web.yaml',
      'clusters/demo/shop/storefront/kustomization.yaml',
    ]);
    expect(preview.objects.map(o => `${o.kind} ${o.metadata?.name}`)).toEqual([
      'GRPCRoute storefront-catalog-grpc',
      'HTTPRoute storefront-web',
    ]);
  });

  it('reports the sources, the routes with their parent Services and files, and every note by VirtualService', () => {
    const { report } = preview;

    expect(report.startsWith(`# ${preview.title}\n`)).toBe(true);
    expect(report).toContain(
      '- `demo: shop/storefront-catalog-grpc`: `storefront.shop.svc.cluster.local`',
    );
    expect(report).toContain(
      '| GRPCRoute | `shop/storefront-catalog-grpc` | `shop/storefront` | `clusters/demo/shop/storefront/grpcroute-storefront-catalog-grpc.yaml` |',
    );
    expect(report).toContain('## Findings\n\nNone.\n');
    expect(report).toContain('### VirtualService shop/storefront-web\n');
    expect(report).toMatch(
      /- \*\*warning\*\* \(`spec\.http\[0\]\.fault`\): not carried over: the Gateway API has no fault injection/,
    );
    expect(preview.notes.length).toBeGreaterThan(2);
    expect(
      preview.notes.every(note => report.includes(note.message.split('\n')[0])),
    ).toBe(true);
    expect(report.trimEnd().endsWith(VIRTUAL_SERVICES_KEPT)).toBe(true);
  });

  it('writes no files while a finding is an error, its own or one given, and reports why', () => {
    const refused = previewOf(sourcesWith(), {
      entityRef,
      virtualServices: ['storefront-catalog-grpc', 'nope'],
    });
    const conversion = convertEntityVirtualServices(sourcesWith(), {
      entityRef,
    });
    const blocked = conversionPreview(
      conversion,
      routeFolders(conversion),
      {},
      [
        {
          severity: 'error',
          code: 'ClusterNotFound',
          field: 'cluster',
          message: 'cluster "x" is not one Portway knows',
        },
      ],
    );

    expect(refused).toMatchObject({ ok: false, files: [] });
    expect(refused.report).toContain(
      '- **error** `VirtualServiceNotFound` (`virtualServices[1]`): component:default/storefront has no VirtualService nope',
    );
    expect(blocked).toMatchObject({ ok: false, files: [] });
    expect(blocked.objects).toHaveLength(1);
  });
});
