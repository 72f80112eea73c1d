import { mockCredentials } from '@backstage/backend-test-utils';
import {
  onBehalfOf,
  startRoutingBackend,
} from './__testUtils__/standInRoutingBackend';

describe('createExposureServiceClient', () => {
  let close = () => {};
  afterEach(() => close());

  describe('VirtualService conversions', () => {
    const user = mockCredentials.user('user:default/guest');
    const conversion = {
      entityRef: 'component:default/storefront',
      cluster: 'demo',
      namespace: 'shop',
      virtualServices: ['storefront-catalog-grpc'],
    };
    const preview = {
      ok: true,
      findings: [],
      files: [
        {
          path: 'clusters/demo/shop/storefront/grpcroute-storefront-catalog-grpc.yaml',
          content: 'kind: GRPCRoute\n',
        },
      ],
      objects: [
        {
          apiVersion: 'gateway.networking.k8s.io/v1',
          kind: 'GRPCRoute',
          metadata: { name: 'storefront-catalog-grpc', namespace: 'shop' },
        },
      ],
      notes: [
        {
          object: 'VirtualService shop/storefront-catalog-grpc',
          field: 'spec.http[0].timeout',
          level: 'warning',
          message: 'not carried over',
        },
      ],
      virtualServices: [
        {
          cluster: 'demo',
          namespace: 'shop',
          name: 'storefront-catalog-grpc',
          hosts: ['storefront.shop.svc.cluster.local'],
        },
      ],
      report: '# Convert VirtualService shop/storefront-catalog-grpc\n',
      branchName:
        'portway/convert-virtualservice/storefront/shop/storefront-catalog-grpc',
      title:
        'Convert VirtualService shop/storefront-catalog-grpc to Gateway API mesh routes (experimental)',
    };

    it('asks /api/routing/virtual-service-conversions/preflight for the preview on behalf of the credentials', async () => {
      const backend = await startRoutingBackend(200, preview);
      close = backend.close;

      const answer = await backend.client.previewVirtualServiceConversion(
        conversion,
        user,
      );

      expect(answer).toEqual(preview);
      expect(backend.received).toEqual([
        {
          method: 'POST',
          url: '/api/routing/virtual-service-conversions/preflight',
          authorization: onBehalfOf(user),
          body: conversion,
        },
      ]);
    });

    it('refuses a preview without the VirtualServices it converts', async () => {
      const { virtualServices: _sources, ...withoutSources } = preview;
      const backend = await startRoutingBackend(200, withoutSources);
      close = backend.close;

      await expect(
        backend.client.previewVirtualServiceConversion(conversion, user),
      ).rejects.toThrow(
        /answered the VirtualService conversion preflight of component:default\/storefront with an unexpected body/,
      );
    });
  });
});
