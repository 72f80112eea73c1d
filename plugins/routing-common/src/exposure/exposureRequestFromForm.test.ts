import { parseExposureRequest } from '../validation/parseExposureRequest';
import { validateExposureRequest } from '../validation/validateExposureRequest';
import { exposureRequestFromForm } from './exposureRequestFromForm';

const target = {
  cluster: 'prod-eu',
  namespace: 'shop',
  name: 'cart',
  port: 9090,
};

describe('exposureRequestFromForm', () => {
  it('takes cluster, namespace and Service from target and tls from tlsSecretName', () => {
    expect(
      exposureRequestFromForm({
        entityRef: 'component:default/legacy-billing',
        type: 'ingress',
        target: {
          cluster: 'prod-eu',
          namespace: 'billing',
          name: 'legacy-billing',
          port: 8080,
        },
        hostnames: ['billing.example.com'],
        paths: [{ type: 'Exact', value: '/status' }],
        ingressClassName: 'nginx',
        tlsSecretName: 'billing-tls',
        review: { ok: true },
      }),
    ).toEqual({
      entityRef: 'component:default/legacy-billing',
      type: 'ingress',
      cluster: 'prod-eu',
      namespace: 'billing',
      service: { name: 'legacy-billing', port: 8080 },
      hostnames: ['billing.example.com'],
      paths: [{ type: 'Exact', value: '/status' }],
      ingressClassName: 'nginx',
      tls: { secretName: 'billing-tls' },
    });
  });

  it('keeps every field the chosen type takes', () => {
    const form = {
      entityRef: 'component:default/cart',
      type: 'grpc-mesh',
      target,
      name: 'cart-grpc',
      timeout: '5s',
      retries: { attempts: 3, perTryTimeout: '2s', retryOn: 'unavailable' },
      grpc: [{ service: 'shop.cart.v1.Cart', method: 'AddItem' }],
    };
    const { target: _, ...rest } = form;
    expect(exposureRequestFromForm(form)).toEqual({
      ...rest,
      cluster: 'prod-eu',
      namespace: 'shop',
      service: { name: 'cart', port: 9090 },
    });
  });

  it('drops answers to fields the chosen type does not take, left behind by a switch of type', () => {
    const request = exposureRequestFromForm({
      entityRef: 'component:default/cart',
      type: 'grpc-gateway',
      target,
      timeout: '5s',
      retries: { attempts: 3 },
      headers: [{ name: 'X-Env', value: 'canary' }],
      grpc: [{ service: 'shop.cart.v1.Cart' }],
      hostnames: ['cart.shop.example.com'],
      gateway: { namespace: 'infra', name: 'public', sectionName: 'https' },
    });
    expect(Object.keys(request).sort()).toEqual([
      'cluster',
      'entityRef',
      'gateway',
      'grpc',
      'hostnames',
      'namespace',
      'service',
      'type',
    ]);
  });

  it('drops optional fields left empty, so that paths get their default', () => {
    const request = exposureRequestFromForm({
      entityRef: 'component:default/cart',
      type: 'grpc-mesh',
      target,
      name: '',
      hostnames: [],
      paths: [],
      headers: [{ name: '', value: '' }],
      timeout: '',
      retries: { perTryTimeout: '', retryOn: '' },
      gateway: { namespace: '', name: '', sectionName: '' },
      grpc: [{ service: 'shop.cart.v1.Cart', method: '' }, { service: '' }],
      ingressClassName: '',
      tlsSecretName: '',
    });
    expect(request).toEqual({
      entityRef: 'component:default/cart',
      type: 'grpc-mesh',
      cluster: 'prod-eu',
      namespace: 'shop',
      service: { name: 'cart', port: 9090 },
      grpc: [{ service: 'shop.cart.v1.Cart' }],
    });
    expect(parseExposureRequest(request).paths).toEqual([
      { type: 'PathPrefix', value: '/' },
    ]);
  });

  it('keeps a listener without its empty sectionName, and a half-filled row for its finding', () => {
    const request = exposureRequestFromForm({
      entityRef: 'component:default/cart',
      type: 'grpc-gateway',
      target,
      gateway: { namespace: 'infra', name: 'public', sectionName: '' },
      grpc: [{ service: '', method: 'AddItem' }],
    });
    expect(request.gateway).toEqual({ namespace: 'infra', name: 'public' });
    expect(request.grpc).toEqual([{ service: '', method: 'AddItem' }]);
    expect(
      validateExposureRequest(parseExposureRequest(request)).map(
        f => `${f.code} ${f.field}`,
      ),
    ).toEqual(['MissingField hostnames', 'InvalidGrpcName grpc[0].service']);
  });

  it('leaves required fields to the parser when no Service is picked yet', () => {
    const request = exposureRequestFromForm({
      entityRef: 'component:default/cart',
      type: 'http',
    });
    expect(() => parseExposureRequest(request)).toThrow(
      /cluster: .*namespace: .*service\.name: .*service\.port: /,
    );
  });
});
