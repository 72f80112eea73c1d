import fsp from 'node:fs/promises';
import path from 'node:path';
import type { RenderResult } from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import type { RoutingBackendClient } from '../services/RoutingBackendClient/types';

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

/** A routing backend whose preflight answers `result` and records what it was asked. */
export function fakeRoutingBackend(
  result: RenderResult,
): RoutingBackendClient & { preflight: jest.Mock } {
  return { preflight: jest.fn(async () => result) };
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
