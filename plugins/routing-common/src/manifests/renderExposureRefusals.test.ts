import {
  cartGatewayExposureRequest,
  cartMeshExposureRequest,
  legacyIngressExposureRequest,
  storefrontExposureRequest,
} from '../testUtils';
import { parseExposureRequest } from '../validation/parseExposureRequest';
import { renderExposure } from './renderExposure';

const examples = {
  http: storefrontExposureRequest,
  'grpc-mesh': cartMeshExposureRequest,
  'grpc-gateway': cartGatewayExposureRequest,
  ingress: legacyIngressExposureRequest,
};

type Example = keyof typeof examples;

const many = (count: number, item: (index: number) => unknown) =>
  Array.from({ length: count }, (_, index) => item(index));

const a = (count: number) => 'a'.repeat(count);

/**
 * [exposure type, overrides of its example request, code, field, rule in the message]. Every
 * case must give exactly this one finding, and no files.
 */
// prettier-ignore
const cases: Array<[Example, object, string, string, RegExp]> = [
  // Hostnames
  ['http', { hostnames: ['Shop.example.com'] }, 'InvalidHostname', 'hostnames[0]', /lower-case DNS name/],
  ['http', { hostnames: ['shop.example.com.'] }, 'InvalidHostname', 'hostnames[0]', /lower-case DNS name/],
  ['http', { hostnames: ['10.0.0.1'] }, 'InvalidHostname', 'hostnames[0]', /IP addresses/],
  ['http', { hostnames: ['2001:db8::1'] }, 'InvalidHostname', 'hostnames[0]', /IP addresses/],
  ['http', { hostnames: ['[2001:db8::1]'] }, 'InvalidHostname', 'hostnames[0]', /IP addresses/],
  ['http', { hostnames: ['*'] }, 'InvalidHostname', 'hostnames[0]', /wildcard must be the whole first label/],
  ['http', { hostnames: ['*shop.example.com'] }, 'InvalidHostname', 'hostnames[0]', /wildcard must be the whole first label/],
  ['http', { hostnames: ['shop.*.example.com'] }, 'InvalidHostname', 'hostnames[0]', /wildcard must be the whole first label/],
  ['http', { hostnames: [`${many(64, () => 'abc').join('.')}.com`] }, 'InvalidHostname', 'hostnames[0]', /1 to 253 characters/],
  ['http', { hostnames: [`${a(64)}.example.com`] }, 'InvalidHostname', 'hostnames[0]', /labels of at most 63 characters/],
  ['http', { hostnames: ['shop.example.com', 'shop.example.com'] }, 'InvalidHostname', 'hostnames[1]', /repeats hostnames\[0\]/],
  ['http', { hostnames: [''] }, 'InvalidHostname', 'hostnames[0]', /1 to 253 characters/],
  ['http', { hostnames: ['shop.example.com:443'] }, 'InvalidHostname', 'hostnames[0]', /ports are not allowed/],
  ['http', { hostnames: many(17, i => `h${i}.example.com`) }, 'TooManyItems', 'hostnames', /at most 16 entries/],
  ['http', { hostnames: [] }, 'MissingField', 'hostnames', /at least one hostname/],
  ['grpc-gateway', { hostnames: ['192.168.0.1'] }, 'InvalidHostname', 'hostnames[0]', /IP addresses/],
  ['grpc-gateway', { hostnames: [] }, 'MissingField', 'hostnames', /at least one hostname/],
  ['ingress', { hostnames: ['Billing.example.com'] }, 'InvalidHostname', 'hostnames[0]', /lower-case DNS name/],
  ['ingress', { hostnames: [] }, 'MissingField', 'hostnames', /at least one hostname/],
  // Paths
  ['http', { paths: [{ type: 'PathPrefix', value: 'api' }] }, 'InvalidPath', 'paths[0].value', /start with "\/"/],
  ['http', { paths: [{ type: 'PathPrefix', value: '/a//b' }] }, 'InvalidPath', 'paths[0].value', /"\/\/"/],
  ['http', { paths: [{ type: 'Exact', value: '/a/./b' }] }, 'InvalidPath', 'paths[0].value', /"\/\.\/"/],
  ['http', { paths: [{ type: 'Exact', value: '/a/../b' }] }, 'InvalidPath', 'paths[0].value', /"\/\.\.\/"/],
  ['http', { paths: [{ type: 'PathPrefix', value: '/a%2fb' }] }, 'InvalidPath', 'paths[0].value', /%2f/],
  ['http', { paths: [{ type: 'PathPrefix', value: '/a%2Fb' }] }, 'InvalidPath', 'paths[0].value', /%2F/],
  ['http', { paths: [{ type: 'PathPrefix', value: '/a#b' }] }, 'InvalidPath', 'paths[0].value', /"#"/],
  ['http', { paths: [{ type: 'PathPrefix', value: `/${a(1024)}` }] }, 'InvalidPath', 'paths[0].value', /at most 1024 characters/],
  ['http', { paths: [{ type: 'PathPrefix', value: '/a b' }] }, 'InvalidPath', 'paths[0].value', /URL path characters/],
  ['http', { paths: [{ type: 'Exact', value: '/a' }, { type: 'Exact', value: '/a' }] }, 'InvalidPath', 'paths[1].value', /repeats paths\[0\]/],
  ['http', { paths: many(17, i => ({ type: 'Exact', value: `/p${i}` })) }, 'TooManyItems', 'paths', /at most 16 entries/],
  ['http', { paths: [] }, 'MissingField', 'paths', /at least one path/],
  ['ingress', { paths: [{ type: 'Exact', value: '/../admin' }] }, 'InvalidPath', 'paths[0].value', /"\/\.\.\/"/],
  ['ingress', { paths: [] }, 'MissingField', 'paths', /at least one path/],
  // Ports
  ['http', { service: { name: 'storefront', port: 0 } }, 'InvalidPort', 'service.port', /whole number from 1 to 65535/],
  ['http', { service: { name: 'storefront', port: 65536 } }, 'InvalidPort', 'service.port', /whole number from 1 to 65535/],
  ['http', { service: { name: 'storefront', port: 80.5 } }, 'InvalidPort', 'service.port', /whole number from 1 to 65535/],
  ['grpc-mesh', { service: { name: 'cart', port: -1 } }, 'InvalidPort', 'service.port', /whole number from 1 to 65535/],
  ['ingress', { service: { name: 'legacy-billing', port: 70000 } }, 'InvalidPort', 'service.port', /whole number from 1 to 65535/],
  // Header matches
  ['http', { headers: [{ name: 'X Env', value: 'canary' }] }, 'InvalidHeader', 'headers[0].name', /header name/],
  ['http', { headers: [{ name: '', value: 'canary' }] }, 'InvalidHeader', 'headers[0].name', /1 to 256 characters/],
  ['http', { headers: [{ name: 'X-Env', value: '' }] }, 'InvalidHeader', 'headers[0].value', /1 to 4096 characters/],
  ['http', { headers: [{ name: 'X-Env', value: a(4097) }] }, 'InvalidHeader', 'headers[0].value', /1 to 4096 characters/],
  ['http', { headers: [{ name: 'X-Env', value: 'a' }, { name: 'x-env', value: 'b' }] }, 'InvalidHeader', 'headers[1].name', /repeats headers\[0\]/],
  ['http', { headers: many(17, i => ({ name: `X-H${i}`, value: 'v' })) }, 'TooManyItems', 'headers', /at most 16 entries/],
  // Timeouts and retries
  ['http', { timeout: '10' }, 'InvalidDuration', 'timeout', /duration/],
  ['http', { timeout: '1d' }, 'InvalidDuration', 'timeout', /duration/],
  ['http', { timeout: '1.5s' }, 'InvalidDuration', 'timeout', /duration/],
  ['grpc-mesh', { timeout: 'soon' }, 'InvalidDuration', 'timeout', /duration/],
  ['grpc-mesh', { timeout: '0s' }, 'InvalidDuration', 'timeout', /at least 1ms/],
  ['grpc-mesh', { retries: { attempts: 11 } }, 'InvalidRetries', 'retries.attempts', /whole number from 0 to 10/],
  ['grpc-mesh', { retries: { attempts: -1 } }, 'InvalidRetries', 'retries.attempts', /whole number from 0 to 10/],
  ['grpc-mesh', { retries: { attempts: 2.5 } }, 'InvalidRetries', 'retries.attempts', /whole number from 0 to 10/],
  ['grpc-mesh', { retries: { attempts: 2, perTryTimeout: '2' } }, 'InvalidDuration', 'retries.perTryTimeout', /duration/],
  ['grpc-mesh', { retries: { attempts: 2, perTryTimeout: '0ms' } }, 'InvalidDuration', 'retries.perTryTimeout', /at least 1ms/],
  ['grpc-mesh', { retries: { attempts: 2, retryOn: '5xx,sometimes' } }, 'InvalidRetries', 'retries.retryOn', /"sometimes" is neither/],
  ['grpc-mesh', { retries: { attempts: 2, retryOn: '5xx, reset' } }, 'InvalidRetries', 'retries.retryOn', /" reset" is neither/],
  ['grpc-mesh', { retries: { attempts: 2, retryOn: '' } }, 'InvalidRetries', 'retries.retryOn', /"" is neither/],
  ['grpc-mesh', { retries: { attempts: 2, retryOn: '600' } }, 'InvalidRetries', 'retries.retryOn', /"600" is neither/],
  // gRPC names
  ['grpc-mesh', { grpc: [{ service: 'shop.cart.v1.Cart!' }] }, 'InvalidGrpcName', 'grpc[0].service', /fully qualified protobuf service/],
  ['grpc-mesh', { grpc: [{ service: '1shop.Cart' }] }, 'InvalidGrpcName', 'grpc[0].service', /fully qualified protobuf service/],
  ['grpc-mesh', { grpc: [{ service: '.shop.cart.v1.Cart' }] }, 'InvalidGrpcName', 'grpc[0].service', /not starting with a digit or "\."/],
  ['grpc-mesh', { grpc: [{ service: '' }] }, 'InvalidGrpcName', 'grpc[0].service', /must not be empty/],
  ['grpc-mesh', { grpc: [{ service: 'shop.cart.v1.Cart/AddItem' }] }, 'InvalidGrpcName', 'grpc[0].service', /must not contain "\/"/],
  ['grpc-mesh', { grpc: [{ service: '', method: 'AddItem' }] }, 'InvalidGrpcName', 'grpc[0].service', /must name the service of method "AddItem"/],
  ['grpc-mesh', { grpc: [{ service: 'shop.Cart', method: '1Add' }] }, 'InvalidGrpcName', 'grpc[0].method', /gRPC method name/],
  ['grpc-mesh', { grpc: [{ service: 'shop.Cart', method: 'Add.Item' }] }, 'InvalidGrpcName', 'grpc[0].method', /gRPC method name/],
  ['grpc-mesh', { grpc: [{ service: 'shop.Cart', method: '' }] }, 'InvalidGrpcName', 'grpc[0].method', /must not be empty/],
  ['grpc-mesh', { grpc: [{ service: 'shop.Cart', method: 'Add/Item' }] }, 'InvalidGrpcName', 'grpc[0].method', /must not contain "\/"/],
  ['grpc-mesh', { grpc: [{ service: 'shop.Cart' }, { service: 'shop.Cart' }] }, 'InvalidGrpcName', 'grpc[1]', /repeats grpc\[0\]/],
  ['grpc-mesh', { grpc: many(17, i => ({ service: `shop.S${i}` })) }, 'TooManyItems', 'grpc', /at most 16 entries/],
  ['grpc-mesh', { grpc: [] }, 'MissingField', 'grpc', /at least one gRPC service/],
  ['grpc-gateway', { grpc: [{ service: 'shop cart' }] }, 'InvalidGrpcName', 'grpc[0].service', /fully qualified protobuf service/],
  ['grpc-gateway', { grpc: undefined }, 'MissingField', 'grpc', /at least one gRPC service/],
  // Ingress
  ['ingress', { ingressClassName: '' }, 'InvalidIngressClassName', 'ingressClassName', /must not be empty/],
  ['ingress', { ingressClassName: 'Nginx' }, 'InvalidIngressClassName', 'ingressClassName', /DNS subdomain/],
  ['ingress', { ingressClassName: 'nginx_internal' }, 'InvalidIngressClassName', 'ingressClassName', /DNS subdomain/],
  ['ingress', { ingressClassName: undefined }, 'MissingField', 'ingressClassName', /name the IngressClass/],
  ['ingress', { tls: { secretName: '' } }, 'InvalidSecretName', 'tls.secretName', /must not be empty/],
  ['ingress', { tls: { secretName: 'Billing_TLS' } }, 'InvalidSecretName', 'tls.secretName', /DNS subdomain/],
  ['ingress', { tls: { secretName: a(254) } }, 'InvalidSecretName', 'tls.secretName', /at most 253 characters/],
  // Names
  ['http', { namespace: a(64) }, 'InvalidName', 'namespace', /at most 63 characters/],
  ['http', { namespace: 'Shop' }, 'InvalidName', 'namespace', /DNS label/],
  ['http', { service: { name: a(64), port: 8080 } }, 'InvalidName', 'service.name', /at most 63 characters/],
  ['http', { service: { name: '9lives', port: 8080 } }, 'InvalidName', 'service.name', /DNS-1035 label/],
  ['http', { gateway: { namespace: 'infra', name: 'public', sectionName: a(64) } }, 'InvalidName', 'gateway.sectionName', /at most 63 characters/],
  ['http', { gateway: { namespace: 'infra', name: 'public', sectionName: 'HTTPS' } }, 'InvalidName', 'gateway.sectionName', /DNS subdomain/],
  ['http', { gateway: { namespace: 'infra', name: a(254) } }, 'InvalidName', 'gateway.name', /at most 253 characters/],
  ['http', { gateway: { namespace: 'Infra', name: 'public' } }, 'InvalidName', 'gateway.namespace', /DNS label/],
  ['http', { name: a(254) }, 'InvalidName', 'name', /at most 253 characters/],
  ['http', { name: 'My Route' }, 'InvalidName', 'name', /DNS subdomain/],
  ['http', { cluster: 'prod_eu' }, 'InvalidName', 'cluster', /DNS subdomain/],
  ['grpc-mesh', { namespace: '' }, 'InvalidName', 'namespace', /DNS label/],
  // Entity references
  ['http', { entityRef: 'storefront' }, 'InvalidEntityRef', 'entityRef', /missing or empty kind/],
  ['http', { entityRef: 'component:' }, 'InvalidEntityRef', 'entityRef', /entity reference such as/],
  ['http', { entityRef: 'component:default/../../etc' }, 'InvalidEntityRef', 'entityRef', /is not a valid entity name/],
  ['http', { entityRef: 'comp onent:default/storefront' }, 'InvalidEntityRef', 'entityRef', /is not a valid kind/],
  ['ingress', { entityRef: 'component:Default/legacy' }, 'InvalidEntityRef', 'entityRef', /is not a valid namespace/],
  // Values unsafe in YAML documents and templates, in any string field
  ['http', { hostnames: ['shop.example.com\nevil.example.com'] }, 'UnsafeValue', 'hostnames[0]', /line breaks/],
  ['http', { service: { name: 'storefront\r', port: 8080 } }, 'UnsafeValue', 'service.name', /line breaks/],
  ['http', { headers: [{ name: 'X-Token', value: '{{ secrets.token }}' }] }, 'UnsafeValue', 'headers[0].value', /template expressions/],
  ['http', { headers: [{ name: 'X-Token', value: '${{ parameters.token }}' }] }, 'UnsafeValue', 'headers[0].value', /template expressions/],
  ['http', { name: '---' }, 'UnsafeValue', 'name', /YAML document separator/],
  ['http', { gateway: { namespace: 'infra', name: 'public', sectionName: 'https\n---\nkind: Secret' } }, 'UnsafeValue', 'gateway.sectionName', /line breaks/],
  ['http', { paths: [{ type: 'PathPrefix', value: '/a\n---' }] }, 'UnsafeValue', 'paths[0].value', /line breaks/],
  ['http', { entityRef: 'component:default/storefront\n' }, 'UnsafeValue', 'entityRef', /line breaks/],
  ['http', { cluster: '{% include "x" %}' }, 'UnsafeValue', 'cluster', /template expressions/],
  ['grpc-mesh', { grpc: [{ service: 'shop.Cart', method: '{{ m }}' }] }, 'UnsafeValue', 'grpc[0].method', /template expressions/],
  ['grpc-mesh', { timeout: '{{ timeout }}' }, 'UnsafeValue', 'timeout', /template expressions/],
  ['grpc-mesh', { retries: { attempts: 2, retryOn: '5xx\r\n' } }, 'UnsafeValue', 'retries.retryOn', /line breaks/],
  ['ingress', { ingressClassName: '---' }, 'UnsafeValue', 'ingressClassName', /YAML document separator/],
  ['ingress', { tls: { secretName: '${{ secrets.tls }}' } }, 'UnsafeValue', 'tls.secretName', /template expressions/],
  // Fields the type does not use
  ['http', { grpc: [{ service: 'shop.Cart' }] }, 'FieldNotUsed', 'grpc', /not used by the http exposure type/],
  ['http', { ingressClassName: 'nginx' }, 'FieldNotUsed', 'ingressClassName', /not used by the http exposure type/],
  ['http', { retries: { attempts: 2 } }, 'FieldNotUsed', 'retries', /not used by the http exposure type/],
  ['http', { tls: { secretName: 'shop-tls' } }, 'FieldNotUsed', 'tls', /not used by the http exposure type/],
  ['grpc-mesh', { gateway: { namespace: 'infra', name: 'public' } }, 'FieldNotUsed', 'gateway', /not used by the grpc-mesh exposure type/],
  ['grpc-mesh', { hostnames: ['cart.example.com'] }, 'FieldNotUsed', 'hostnames', /not used by the grpc-mesh exposure type/],
  ['grpc-mesh', { paths: [{ type: 'Exact', value: '/cart' }] }, 'FieldNotUsed', 'paths', /not used by the grpc-mesh exposure type/],
  ['grpc-mesh', { headers: [{ name: 'X-Env', value: 'canary' }] }, 'FieldNotUsed', 'headers', /not used by the grpc-mesh exposure type/],
  ['grpc-mesh', { ingressClassName: 'nginx' }, 'FieldNotUsed', 'ingressClassName', /not used by the grpc-mesh exposure type/],
  ['grpc-gateway', { timeout: '10s' }, 'FieldNotUsed', 'timeout', /not used by the grpc-gateway exposure type/],
  ['grpc-gateway', { headers: [{ name: 'X-Env', value: 'canary' }] }, 'FieldNotUsed', 'headers', /not used by the grpc-gateway exposure type/],
  ['grpc-gateway', { paths: [{ type: 'PathPrefix', value: '/api' }] }, 'FieldNotUsed', 'paths', /not used by the grpc-gateway exposure type/],
  ['grpc-gateway', { retries: { attempts: 1 } }, 'FieldNotUsed', 'retries', /not used by the grpc-gateway exposure type/],
  ['ingress', { gateway: { namespace: 'infra', name: 'public' } }, 'FieldNotUsed', 'gateway', /not used by the ingress exposure type/],
  ['ingress', { grpc: [{ service: 'shop.Cart' }] }, 'FieldNotUsed', 'grpc', /not used by the ingress exposure type/],
  ['ingress', { headers: [{ name: 'X-Env', value: 'canary' }] }, 'FieldNotUsed', 'headers', /not used by the ingress exposure type/],
  ['ingress', { timeout: '10s' }, 'FieldNotUsed', 'timeout', /not used by the ingress exposure type/],
  // Fields the type needs
  ['http', { gateway: undefined }, 'MissingField', 'gateway', /is required: name the Gateway/],
  ['grpc-gateway', { gateway: undefined }, 'MissingField', 'gateway', /is required: name the Gateway/],
];

describe('renderExposure refuses bad input, naming the field and the rule', () => {
  it.each(cases)(
    '%s with %j: %s on %s',
    (type, overrides, code, field, rule) => {
      const result = renderExposure(
        parseExposureRequest({ ...examples[type], ...overrides }),
      );
      expect(result.ok).toBe(false);
      expect(result.files).toEqual([]);
      expect(result.findings).toEqual([
        { severity: 'error', code, field, message: expect.any(String) },
      ]);
      const [{ message }] = result.findings;
      expect(message.startsWith(`${field} `)).toBe(true);
      expect(message).toMatch(rule);
    },
  );
});
