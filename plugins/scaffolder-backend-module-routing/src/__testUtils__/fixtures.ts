import fsp from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '@backstage/errors';
import type {
  ExposureRequestRecord,
  RenderResult,
} from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import type { ExposureService } from '@portway/plugin-routing-node';

/** The exposure request the tests start from, for the demo cluster the seed repository has. */
export const storefrontRequest = {
  ...storefrontExposureRequest,
  cluster: 'demo',
};

/** A request of every exposure type, for the demo cluster's Services (examples/cluster). */
export const requestsByType = {
  http: storefrontRequest,
  'grpc-mesh': {
    entityRef: 'component:default/inventory',
    type: 'grpc-mesh' as const,
    cluster: 'demo',
    namespace: 'shop',
    service: { name: 'inventory', port: 9090 },
    grpc: [{ service: 'shop.inventory.v1.Inventory', method: 'GetStock' }],
    timeout: '5s',
    retries: { attempts: 3, perTryTimeout: '2s', retryOn: 'unavailable' },
  },
  'grpc-gateway': {
    entityRef: 'component:default/inventory',
    type: 'grpc-gateway' as const,
    cluster: 'demo',
    namespace: 'shop',
    service: { name: 'inventory', port: 9090 },
    hostnames: ['inventory.shop.example.com'],
    grpc: [{ service: 'shop.inventory.v1.Inventory' }],
    gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
  },
  ingress: {
    entityRef: 'component:default/loyalty',
    type: 'ingress' as const,
    cluster: 'demo',
    namespace: 'shop',
    service: { name: 'loyalty', port: 8080 },
    hostnames: ['loyalty.example.com'],
    paths: [{ type: 'PathPrefix' as const, value: '/' }],
    ingressClassName: 'nginx',
    tls: { secretName: 'loyalty-example-com-tls' },
  },
};

/**
 * A routing backend whose preflight answers `result` and which records exposure requests in
 * memory as the real one does: `requested` when created, then `open` with the change, or
 * `failed` with the reason when released. The Ingress and VirtualService previews fail until a test
 * answers them.
 * Every call is a jest mock, to assert on and to make fail.
 */
export function fakeRoutingBackend(
  result: RenderResult = { ok: true, findings: [], files: [] },
) {
  const records = new Map<string, ExposureRequestRecord>();
  function update(id: string, changes: Partial<ExposureRequestRecord>) {
    const record = records.get(id);
    if (!record) throw new NotFoundError(`No exposure request ${id}`);
    const updated = {
      ...record,
      ...changes,
      updatedAt: new Date().toISOString(),
    };
    records.set(id, updated);
    return updated;
  }
  return {
    records,
    preflight: jest.fn<
      ReturnType<ExposureService['preflight']>,
      Parameters<ExposureService['preflight']>
    >(async () => result),
    createRequest: jest.fn<
      ReturnType<ExposureService['createRequest']>,
      Parameters<ExposureService['createRequest']>
    >(async request => {
      const now = new Date().toISOString();
      const record: ExposureRequestRecord = {
        id: `request-${records.size + 1}`,
        state: 'requested',
        entityRef: request.entityRef,
        type: request.type,
        cluster: request.cluster,
        namespace: request.namespace,
        hostnames: request.hostnames,
        createdBy: 'user:default/mock',
        createdAt: now,
        updatedAt: now,
        request,
      };
      records.set(record.id, record);
      return { request: record, findings: [] };
    }),
    recordChange: jest.fn<
      ReturnType<ExposureService['recordChange']>,
      Parameters<ExposureService['recordChange']>
    >(async (id, change) => update(id, { state: 'open', ...change })),
    release: jest.fn<
      ReturnType<ExposureService['release']>,
      Parameters<ExposureService['release']>
    >(async (id, reason) =>
      update(id, { state: 'failed', stateReason: reason }),
    ),
    // The Ingress previews: each test answers them with mockResolvedValue.
    previewIngressMigration: jest.fn<
      ReturnType<ExposureService['previewIngressMigration']>,
      Parameters<ExposureService['previewIngressMigration']>
    >(async () => {
      throw new Error('This test gives no migration preview');
    }),
    previewIngressRemoval: jest.fn<
      ReturnType<ExposureService['previewIngressRemoval']>,
      Parameters<ExposureService['previewIngressRemoval']>
    >(async () => {
      throw new Error('This test gives no removal preview');
    }),
    previewVirtualServiceConversion: jest.fn<
      ReturnType<ExposureService['previewVirtualServiceConversion']>,
      Parameters<ExposureService['previewVirtualServiceConversion']>
    >(async () => {
      throw new Error('This test gives no VirtualService conversion preview');
    }),
  } satisfies ExposureService & { records: unknown };
}

/** Every file below a folder, relative paths, sorted; empty when the folder does not exist. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await fsp
    .readdir(root, { recursive: true, withFileTypes: true })
    .catch(() => []);
  return entries
    .filter(entry => entry.isFile())
    .map(entry => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}
