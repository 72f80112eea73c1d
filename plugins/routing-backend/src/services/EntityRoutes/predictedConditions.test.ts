import {
  analyzeGatewayApi,
  gatewayRouteView,
  KubernetesObject,
} from '@portway/plugin-routing-common';
import { withPredictedConditions } from './predictedConditions';

const gateway: KubernetesObject = {
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'public', namespace: 'infra' },
  spec: {
    gatewayClassName: 'istio',
    listeners: [
      {
        name: 'https',
        protocol: 'HTTPS',
        port: 443,
        hostname: '*.shop.example.com',
        tls: { certificateRefs: [{ name: 'tls' }] },
        allowedRoutes: { namespaces: { from: 'All' } },
      },
    ],
  },
};

const service: KubernetesObject = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'shop', namespace: 'shop' },
  spec: { ports: [{ port: 8080 }] },
};

function route(
  hostname: string,
  status?: object,
  generation = 1,
): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'shop', namespace: 'shop', generation },
    spec: {
      parentRefs: [
        { name: 'public', namespace: 'infra', sectionName: 'https' },
      ],
      hostnames: [hostname],
      rules: [{ backendRefs: [{ name: 'shop', port: 8080 }] }],
    },
    ...(status ? { status } : {}),
  };
}

function predict(object: KubernetesObject) {
  let analyses = 0;
  const view = gatewayRouteView(object, {
    cluster: 'c',
    gateways: new Map([['infra/public', gateway]]),
    matchedBy: 'label',
  });
  const result = withPredictedConditions(view, object, () => {
    analyses += 1;
    return analyzeGatewayApi([gateway, service, object]);
  });
  return { result, analyses };
}

const acceptedStatus = (observedGeneration: number) => ({
  parents: [
    {
      parentRef: { name: 'public', namespace: 'infra', sectionName: 'https' },
      controllerName: 'example.com/controller',
      conditions: [
        {
          type: 'Accepted',
          status: 'True',
          reason: 'Accepted',
          message: 'ok',
          observedGeneration,
        },
      ],
    },
  ],
});

describe('withPredictedConditions', () => {
  it('predicts the conditions of a route no controller has reconciled, keeping it pending', () => {
    const { result } = predict(route('www.example.org'));
    expect(result.summary).toBe('pending');
    expect(result.parents[0].conditionsFrom).toBe('analysis');
    expect(result.parents[0].predictedBecause).toBe('no-status');
    expect(result.parents[0].conditions[0]).toMatchObject({
      type: 'Accepted',
      status: 'False',
      reason: 'NoMatchingListenerHostname',
    });
  });

  it('predicts again when the status is for an older generation', () => {
    const { result } = predict(
      route('www.shop.example.com', acceptedStatus(1), 2),
    );
    expect(result.parents[0]).toMatchObject({
      conditionsFrom: 'analysis',
      predictedBecause: 'stale-status',
      conditions: [
        expect.objectContaining({ type: 'Accepted', status: 'True' }),
        expect.objectContaining({ type: 'ResolvedRefs', status: 'True' }),
      ],
    });
  });

  it('keeps fresh status as the controller wrote it and does not run the analysis', () => {
    const { result, analyses } = predict(
      route('www.shop.example.com', acceptedStatus(1), 1),
    );
    expect(result.parents[0].conditionsFrom).toBeUndefined();
    expect(result.parents[0].predictedBecause).toBeUndefined();
    expect(result.parents[0].conditions).toEqual([
      expect.objectContaining({ type: 'Accepted', message: 'ok' }),
    ]);
    expect(analyses).toBe(0);
  });
});
