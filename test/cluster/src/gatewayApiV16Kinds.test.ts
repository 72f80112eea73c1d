import request from 'supertest';
import type {
  GatewaysResponse,
  GatewayView,
} from '@portway/plugin-routing-common';
import {
  ApiServerProxy,
  ProxiedRequest,
  startApiServerProxy,
} from './apiServerProxy';
import {
  clusterStatus,
  RoutingBackend,
  startRoutingBackend,
} from './routingBackend';
import {
  GATEWAY,
  SECRET_MARKER,
  writeGatewayApiV16Objects,
} from './gatewayApiV16Objects';
import {
  clients,
  kubernetesConfigForClusters,
  testKubeConfig,
  uniqueNamespace,
} from './testCluster';
import { waitFor } from './waitFor';

const CLUSTER = 'v16';
const NO_SECRETS = 'v16-no-secrets';
const SECRETS_PATH = /^\/api\/v1\/secrets(\?|$)/;
const isSecretsWatch = (r: ProxiedRequest) =>
  SECRETS_PATH.test(r.path) && /[?&]watch=true/.test(r.path);

async function gatewaysOf(backend: RoutingBackend, cluster: string) {
  const response = await request(backend.server).get('/api/routing/gateways');
  expect(response.status).toBe(200);
  const body = response.body as GatewaysResponse;
  return { body, gateways: body.gateways.filter(g => g.cluster === cluster) };
}

/** `type status reason` of a listener's ResolvedRefs condition, and its attachedRoutes. */
function listenerFacts(gateway: GatewayView | undefined) {
  return Object.fromEntries(
    (gateway?.listeners ?? []).map(listener => {
      const refs = listener.conditions.find(c => c.type === 'ResolvedRefs');
      return [
        listener.name,
        `${refs?.status} ${refs?.reason} attached=${listener.attachedRoutes}`,
      ];
    }),
  );
}

describe('the Gateway API v1.6 kinds and Secrets read from a real API server', () => {
  const kubeConfig = testKubeConfig();
  const api = clients(kubeConfig);
  const namespace = uniqueNamespace('v16');
  const proxies: ApiServerProxy[] = [];
  let backend: RoutingBackend;
  let watched: ApiServerProxy;

  beforeAll(async () => {
    await writeGatewayApiV16Objects(api, namespace, namespace);
    // Both forward to the API server: one records its answers for Secrets, the other
    // answers 403 for Secrets, as RBAC would.
    watched = await startApiServerProxy(() => kubeConfig, {
      recordBodiesOf: SECRETS_PATH,
    });
    const forbidding = await startApiServerProxy(() => kubeConfig, {
      forbid: SECRETS_PATH,
    });
    proxies.push(watched, forbidding);
    const throughProxy = (name: string, proxy: ApiServerProxy) => ({
      name,
      url: proxy.url,
      authProvider: 'serviceAccount' as const,
      serviceAccountToken: 'set-by-the-proxy',
      skipTLSVerify: true,
    });
    backend = await startRoutingBackend({
      entityName: namespace,
      kubernetesId: namespace,
      config: kubernetesConfigForClusters([
        throughProxy(CLUSTER, watched),
        throughProxy(NO_SECRETS, forbidding),
      ]),
    });
    await backend.waitForClusterState(CLUSTER, 'ok', 20_000);
    await backend.waitForClusterState(NO_SECRETS, 'ok', 20_000);
  }, 60_000);

  afterAll(async () => {
    await backend?.stop();
    for (const proxy of proxies) await proxy.close();
    await api.core.deleteNamespace({ name: namespace });
  });

  it('shows the TCPRoute, UDPRoute, TLSRoute, the route on the ListenerSet and the mesh HTTPRoute of the entity', async () => {
    const answer = await backend.entityRoutes();
    const routes = answer.routes.filter(r => r.cluster === CLUSTER);

    expect(routes.map(r => `${r.kind} ${r.name}`).sort()).toEqual([
      'HTTPRoute mesh',
      'HTTPRoute on-listener-set',
      'TCPRoute db-tcp',
      'TLSRoute db-tls',
      'UDPRoute dns',
    ]);
    const byName = new Map(routes.map(r => [r.name, r]));
    // The URL comes from the ListenerSet's listener: the ListenerSet was read.
    expect(byName.get('on-listener-set')?.urls.join(' ')).toContain(
      'shop.example.com',
    );
    expect(byName.get('mesh')?.meshRoute).toBeDefined();
    // No controller wrote status: these are the analysis's predictions, ListenerSet included.
    expect(
      Object.fromEntries(
        routes.map(r => [
          r.name,
          r.parents
            .flatMap(p => p.conditions)
            .map(c => `${c.type} ${c.status}`)
            .join(', '),
        ]),
      ),
    ).toEqual(
      Object.fromEntries(
        ['mesh', 'on-listener-set', 'db-tcp', 'db-tls', 'dns'].map(name => [
          name,
          'Accepted True, ResolvedRefs True',
        ]),
      ),
    );
    expect(byName.get('db-tls')?.hostnames).toEqual(['db.example.com']);
    expect(clusterStatus(answer, CLUSTER).kinds).toBeUndefined();
  });

  it('predicts InvalidCertificateRef for the HTTPS listener whose Secret does not exist, from Secret names alone', async () => {
    const { gateways } = await gatewaysOf(backend, CLUSTER);
    const edge = gateways.find(
      g => g.namespace === namespace && g.name === GATEWAY,
    );

    expect(listenerFacts(edge)).toEqual({
      secured: 'True ResolvedRefs attached=0',
      unsecured: 'False InvalidCertificateRef attached=0',
      tcp: 'True ResolvedRefs attached=1',
      udp: 'True ResolvedRefs attached=1',
      tls: 'True ResolvedRefs attached=1',
    });
  });

  it('lists and watches Secrets as metadata only, so their data never reaches the backend', async () => {
    // The cluster is ok once listed; its watches open right after.
    await waitFor(
      'the watch of Secrets',
      async () => watched.requests.some(isSecretsWatch) || undefined,
      { timeoutMs: 5000 },
    );
    const secretRequests = watched.requests.filter(r =>
      SECRETS_PATH.test(r.path),
    );
    const lists = secretRequests.filter(r => !isSecretsWatch(r));
    const watches = secretRequests.filter(isSecretsWatch);

    expect(lists.length).toBeGreaterThanOrEqual(1);
    expect(watches.length).toBeGreaterThanOrEqual(1);
    expect(new Set(lists.map(r => r.accept))).toEqual(
      new Set([
        'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
      ]),
    );
    expect(new Set(watches.map(r => r.accept))).toEqual(
      new Set(['application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1']),
    );
    const received = secretRequests.map(r => r.body ?? '').join('\n');
    expect(received).toContain('"PartialObjectMetadataList"');
    expect(received).toContain('"edge-tls"');
    expect(received).not.toContain(SECRET_MARKER);
    expect(received).not.toContain(
      Buffer.from(SECRET_MARKER).toString('base64'),
    );
  });

  it('says once that certificate Secrets are not checked where listing them is forbidden, and checks none', async () => {
    const answer = await backend.entityRoutes();
    const status = clusterStatus(answer, NO_SECRETS);

    expect(status.state).toBe('ok');
    expect(
      status.message?.split('; ').filter(note => note.includes('Secret')),
    ).toEqual([
      expect.stringMatching(
        new RegExp(
          `^certificate Secrets not checked in cluster ${NO_SECRETS}: .*403`,
        ),
      ),
    ]);
    expect(status.kinds?.map(k => `${k.kind} ${k.state}`)).toEqual([
      'Secret forbidden',
    ]);
    const { body, gateways } = await gatewaysOf(backend, NO_SECRETS);
    const edge = gateways.find(g => g.namespace === namespace);
    expect(listenerFacts(edge).unsecured).toBe('True ResolvedRefs attached=0');
    expect(JSON.stringify(body)).not.toContain(SECRET_MARKER);
  });
  it('reads a Secret created later through the metadata-only watch', async () => {
    await api.core.createNamespacedSecret({
      namespace,
      body: {
        metadata: { name: 'missing-tls' },
        type: 'kubernetes.io/tls',
        stringData: { 'tls.crt': SECRET_MARKER, 'tls.key': SECRET_MARKER },
      },
    });

    const { value: unsecured } = await waitFor(
      'the unsecured listener to see its Secret',
      async () => {
        const { gateways } = await gatewaysOf(backend, CLUSTER);
        const facts = listenerFacts(
          gateways.find(g => g.namespace === namespace),
        );
        return facts.unsecured?.startsWith('True')
          ? facts.unsecured
          : undefined;
      },
      { timeoutMs: 5000 },
    );
    // Its name is known, its contents are not checked: only a metadata-only read was made.
    expect(unsecured).toBe('True ResolvedRefs attached=0');
    expect(watched.requests.map(r => r.body ?? '').join('\n')).not.toContain(
      SECRET_MARKER,
    );
  });
});
