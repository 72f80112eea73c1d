import type { KubernetesObject } from '../kubernetes/objects';
import {
  resolvedRefsFromBackends,
  serviceBackendView,
  uniqueBackends,
} from './backendStates';

const web: KubernetesObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { namespace: 'shop', name: 'web' },
  spec: {
    ports: [
      { name: 'http', port: 80 },
      { name: 'grpc', port: 9090 },
    ],
  },
};
const external: KubernetesObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { namespace: 'shop', name: 'stripe' },
  spec: { type: 'ExternalName', externalName: 'api.stripe.com' },
};
const services = new Map([
  ['shop/web', web],
  ['shop/stripe', external],
]);

describe('serviceBackendView', () => {
  it.each<[string, number | string | undefined, object]>([
    ['a port the Service has', 9090, { port: 9090, state: 'found' }],
    ['no port', undefined, { state: 'found' }],
    [
      'a port name, shown as its number',
      'grpc',
      { port: 9090, state: 'found' },
    ],
    [
      'a port number the Service lacks',
      8080,
      {
        port: 8080,
        state: 'port-not-on-service',
        message:
          'Service shop/web has no port 8080; it exposes ports 80 (http) and 9090 (grpc)',
      },
    ],
    [
      'a port name the Service lacks',
      'admin',
      {
        state: 'port-not-on-service',
        message:
          'Service shop/web has no port named "admin"; it exposes ports 80 (http) and 9090 (grpc)',
      },
    ],
  ])('with %s', (_name, port, expected) => {
    expect(
      serviceBackendView(services, { namespace: 'shop', name: 'web', port }),
    ).toEqual({
      kind: 'Service',
      namespace: 'shop',
      name: 'web',
      ...expected,
    });
  });

  it('is missing when the cluster has no such Service, keeping port and weight', () => {
    expect(
      serviceBackendView(services, {
        namespace: 'shop',
        name: 'gone',
        port: 80,
        weight: 10,
      }),
    ).toEqual({
      kind: 'Service',
      namespace: 'shop',
      name: 'gone',
      port: 80,
      weight: 10,
      state: 'missing',
      message: 'Service shop/gone does not exist',
    });
  });

  it('does not judge the port of a Service without ports (ExternalName)', () => {
    expect(
      serviceBackendView(services, {
        namespace: 'shop',
        name: 'stripe',
        port: 443,
      }).state,
    ).toBe('found');
  });
});

describe('uniqueBackends', () => {
  it('lists equal backends once and keeps those that differ in port or weight', () => {
    const a = { kind: 'Service', namespace: 'shop', name: 'web', port: 80 };
    expect(
      uniqueBackends([a, { ...a }, { ...a, port: 81 }, { ...a, weight: 5 }]),
    ).toEqual([a, { ...a, port: 81 }, { ...a, weight: 5 }]);
  });
});

describe('resolvedRefsFromBackends', () => {
  const found = serviceBackendView(services, {
    namespace: 'shop',
    name: 'web',
    port: 80,
  });
  const missing = serviceBackendView(services, {
    namespace: 'shop',
    name: 'gone',
  });
  const badPort = serviceBackendView(services, {
    namespace: 'shop',
    name: 'web',
    port: 1,
  });

  it('is True when every Service is there with its port (and for backends it cannot judge)', () => {
    expect(
      resolvedRefsFromBackends(
        [found, { kind: 'Host', namespace: '', name: 'api.stripe.com' }],
        'destination',
      ),
    ).toMatchObject({
      type: 'ResolvedRefs',
      status: 'True',
      reason: 'ResolvedRefs',
    });
  });

  it('is BackendNotFound when a Service is missing, naming every problem with the fix', () => {
    expect(
      resolvedRefsFromBackends([badPort, missing], 'destination host'),
    ).toEqual({
      type: 'ResolvedRefs',
      status: 'False',
      reason: 'BackendNotFound',
      message:
        'Service shop/gone does not exist; Service shop/web has no port 1; it exposes ports 80 (http) and 9090 (grpc)',
      explanation:
        'Service shop/gone does not exist; Service shop/web has no port 1; it exposes ports 80 (http) and 9090 (grpc), so traffic sent there fails: create the Service, or change the destination host to a Service that exists.',
    });
  });

  it('is PortNotOnService when the Services exist but one lacks the port', () => {
    expect(
      resolvedRefsFromBackends([found, badPort], 'backend port'),
    ).toMatchObject({
      status: 'False',
      reason: 'PortNotOnService',
      explanation: expect.stringMatching(
        /use one of the Service's ports in the backend port, or add the port to the Service\.$/,
      ),
    });
  });
});
