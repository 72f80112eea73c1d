/*
 * End to end: routing.entity.read answered with a CONDITIONAL decision. Real catalog, real
 * permission backend, real permissions service and the real routing backend run in one test
 * backend; the permission backend resolves the conditions by calling the catalog's
 * /.well-known/backstage/permissions/apply-conditions over HTTP (discovery in startTestBackend
 * points at the test server itself).
 */
import path from 'path';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { permissionsServiceFactory } from '@backstage/backend-defaults/permissions';
import {
  AuthorizeResult,
  isPermission,
} from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import routingPlugin from '@portway/plugin-routing-backend';
import { routingEntityReadPermission } from '@portway/plugin-routing-common';

const demoCluster = path.resolve(__dirname, '../../../../examples/cluster');

const alice = 'user:default/alice'; // in team-a
const bob = 'user:default/bob'; // in team-b
const admin = 'user:default/admin'; // in admins

/** Group memberships as the real userInfo would read them from the user's token. */
const memberships: Record<string, string[]> = {
  [alice]: ['group:default/team-a'],
  [bob]: ['group:default/team-b'],
  [admin]: ['group:default/admins'],
};

/** Mock tokens carry only the user ref, so ownership comes from this table. */
const userInfoFactory = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const principal = credentials.principal as {
        type: string;
        userEntityRef?: string;
      };
      if (principal.type !== 'user' || !principal.userEntityRef) {
        throw new Error(`No user info for a ${principal.type} principal`);
      }
      const ref = principal.userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: [ref, ...(memberships[ref] ?? [])],
      };
    },
  }),
});

/**
 * The mock auth service, except that a plugin calling on behalf of a user gets a token whose
 * principal names the plugin as actor, as the real auth service does. The mock drops the actor,
 * and then the real permission backend takes the catalog's own conditional query
 * (catalog.entity.read, no resourceRef) for a direct user request and answers 400.
 */
const authFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const auth = mockServices.auth({ pluginId: plugin.getId() });
    const issue = auth.getPluginRequestToken.bind(auth);
    auth.getPluginRequestToken = async options => {
      if (!auth.isPrincipal(options.onBehalfOf, 'user')) return issue(options);
      const { userEntityRef } = options.onBehalfOf.principal;
      const actor = { subject: `plugin:${plugin.getId()}` };
      return { token: mockCredentials.user.token(userEntityRef, { actor }) };
    };
    return auth;
  },
});

/** Owners may read routes (CONDITIONAL), admins always (ALLOW); everything else is allowed. */
const testPolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'conditional-route-read-test-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy({
          async handle(request, user) {
            if (
              !isPermission(request.permission, routingEntityReadPermission)
            ) {
              return { result: AuthorizeResult.ALLOW };
            }
            if (!user) return { result: AuthorizeResult.DENY };
            const claims = user.info.ownershipEntityRefs;
            if (claims.includes('group:default/admins')) {
              return { result: AuthorizeResult.ALLOW };
            }
            return createCatalogConditionalDecision(
              request.permission,
              catalogConditions.isEntityOwner({ claims }),
            );
          },
        });
      },
    });
  },
});

const catalogYaml = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: team-a }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: owned
  annotations: { backstage.io/kubernetes-id: storefront }
spec: { type: service, lifecycle: production, owner: group:default/team-a }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: other
  annotations: { backstage.io/kubernetes-id: checkout }
spec: { type: service, lifecycle: production, owner: group:default/team-b }
`;

let baseUrl: string;

async function get(urlPath: string, authorization: string) {
  return fetch(`${baseUrl}${urlPath}`, { headers: { authorization } });
}

function routesOf(name: string, user: string) {
  return get(
    `/api/routing/entities/default/component/${name}/routes`,
    mockCredentials.user.header(user),
  );
}

/** Waits until the catalog serves both components with their ownedBy relations. */
async function waitForCatalog() {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const owners = await Promise.all(
      ['owned', 'other'].map(async name => {
        const response = await get(
          `/api/catalog/entities/by-name/component/default/${name}`,
          mockCredentials.service.header(),
        );
        if (!response.ok) return undefined;
        const entity = await response.json();
        return entity.relations?.find(
          (r: { type: string }) => r.type === 'ownedBy',
        )?.targetRef;
      }),
    );
    if (owners.every(Boolean)) return;
    if (Date.now() > deadline) {
      throw new Error('The catalog did not ingest the test entities in 15 s');
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  const mockDir = createMockDirectory();
  mockDir.setContent({ 'catalog.yaml': catalogYaml });
  const { server } = await startTestBackend({
    features: [
      // Static imports: jest (CommonJS) cannot run import() of these packages.
      catalogPlugin,
      permissionPlugin,
      routingPlugin,
      testPolicyModule,
      // Already the test backend's default without options; named to make the point: the
      // real ServerPermissionClient, which calls the permission backend over HTTP.
      permissionsServiceFactory,
      authFactory,
      userInfoFactory,
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          catalog: {
            rules: [{ allow: ['Component', 'Group'] }],
            locations: [
              { type: 'file', target: mockDir.resolve('catalog.yaml') },
            ],
          },
          routing: {
            snapshotClusters: [{ name: 'demo', directory: demoCluster }],
          },
        },
      }),
    ],
  });
  baseUrl = `http://localhost:${server.port()}`;
  await waitForCatalog();
}, 20_000);

describe('routing.entity.read with a conditional (is-owner) policy', () => {
  it('lets a member of the owning group read the routes of the entity', async () => {
    const response = await routesOf('owned', alice);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.routes.map((r: { name: string }) => r.name).sort()).toEqual([
      'storefront',
      'storefront-catalog-grpc',
      'storefront-legacy',
      'storefront-legacy-domain',
    ]);
  });

  it('answers 403 for an entity owned by another group, though the catalog lets the user read it', async () => {
    const catalogRead = await get(
      '/api/catalog/entities/by-name/component/default/other',
      mockCredentials.user.header(alice),
    );
    expect(catalogRead.status).toBe(200);

    const response = await routesOf('other', alice);
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(body.error.name).toBe('NotAllowedError');
  });

  it('evaluates the conditions against the caller: team-b sees the opposite', async () => {
    expect((await routesOf('owned', bob)).status).toBe(403);
    expect((await routesOf('other', bob)).status).toBe(200);
  });

  it('lets an unconditional ALLOW through for every entity', async () => {
    expect((await routesOf('owned', admin)).status).toBe(200);
    expect((await routesOf('other', admin)).status).toBe(200);
  });

  it('denies a user who owns nothing (conditions evaluate to DENY)', async () => {
    expect((await routesOf('owned', 'user:default/nobody')).status).toBe(403);
  });
});
