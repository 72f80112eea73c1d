import type { Server } from 'http';
import request from 'supertest';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import { useTempDirs } from '@portway/plugin-routing-node/testUtils';
import { startRoutingTestBackend } from './startRoutingTestBackend';

/** The exposure requests resource of the routing backend. */
export const REQUESTS = '/api/routing/exposure/requests';

/** A new route for the storefront on the demo cluster (its route `storefront` exists already). */
export const storefrontNext = {
  ...storefrontExposureRequest,
  cluster: 'demo',
  name: 'storefront-next',
  hostnames: ['next.shop.example.com'],
};

/** The checkout team asking for the same hostname. */
export const checkoutNext = {
  ...storefrontNext,
  entityRef: 'component:default/checkout',
  name: 'checkout-next',
  service: { name: 'checkout', port: 8080 },
};

/** Creates the storefront's request on a backend and answers its id. */
export async function createdId(server: Server): Promise<string> {
  const created = await request(server).post(REQUESTS).send(storefrontNext);
  expect(created.status).toBe(201);
  return created.body.request.id;
}

/**
 * Two backends on one SQLite database: one whose policy allows everything, one that denies
 * `routing.exposure.create`. Call in a test file's body (it registers temp-dir cleanup).
 */
export function backendsWithAndWithoutCreate() {
  const tempDir = useTempDirs();
  return async () => {
    const database = {
      client: 'better-sqlite3',
      connection: { directory: await tempDir() },
    };
    return {
      allowed: await startRoutingTestBackend({ database }),
      denied: await startRoutingTestBackend({
        database,
        deny: ['routing.exposure.create'],
      }),
    };
  };
}
