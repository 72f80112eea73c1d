import {
  ExposureRequest,
  parseExposureRequest,
} from '@portway/plugin-routing-common';
import { appService } from './exposureCluster';

/** The one cluster of the exposure part. */
export const CLUSTER = 'bench';

/** One preflight case: a fresh request per run, for a Service no other run asks about. */
export interface PreflightCase {
  name: string;
  request(run: number): ExposureRequest;
}

/**
 * The Service `app-<r>` of run `run`, different for every run and case: `r` ends in the
 * case's digit, which also keeps each case off the Services that have a VirtualService (0) or
 * an Ingress (5), so every request is one the cluster does not hold yet.
 */
function serviceOfRun(run: number, digit: number) {
  const r = run * 10 + digit;
  return { r, ...appService(r) };
}

function base(run: number, digit: number, type: ExposureRequest['type']) {
  const { r, namespace, name, gateway } = serviceOfRun(run, digit);
  return {
    r,
    gateway,
    request: {
      entityRef: `component:default/${name}`,
      type,
      cluster: CLUSTER,
      namespace,
      // The Service's own HTTPRoute is named after it: a new object needs another name.
      name: `bench-${type}-${run}`,
    },
    service: name,
  };
}

/** The catalog entity `component:default/<name>`, whose Services are labelled with its name. */
export function entityOf(entityRef: string) {
  const name = entityRef.slice(entityRef.indexOf('/') + 1);
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'backstage.io/kubernetes-id': name },
    },
  };
}

/** The first `r` of the entity Services lookup's runs: Services no preflight case uses. */
export const ENTITY_SERVICES_DIGIT = 7;

/**
 * Every exposure type, each on a Service that already has an HTTPRoute on the Gateway it asks
 * for: `http` and `grpc-gateway` for a new hostname under the Gateway's wildcard (the
 * neighbourhood: the Gateway's wildcard and hostname-less routes), `grpc-mesh` for a Service
 * with no VirtualService yet, `ingress` through the default class; and `http` for a wildcard
 * hostname, whose neighbourhood is every route on its Gateway.
 */
export const preflightCases: PreflightCase[] = [
  {
    name: 'http (HTTPRoute, new hostname under the Gateway wildcard)',
    request: run => {
      const { r, gateway, request, service } = base(run, 1, 'http');
      return parseExposureRequest({
        ...request,
        service: { name: service, port: 8080 },
        hostnames: [`api-${r}.gw${gateway}.example.com`],
        paths: [{ type: 'PathPrefix', value: '/' }],
        gateway: {
          namespace: 'infra',
          name: `gw-${gateway}`,
          sectionName: 'https',
        },
      });
    },
  },
  {
    name: 'grpc-gateway (GRPCRoute on the same Gateways)',
    request: run => {
      const { r, gateway, request, service } = base(run, 2, 'grpc-gateway');
      return parseExposureRequest({
        ...request,
        service: { name: service, port: 9090 },
        hostnames: [`grpc-api-${r}.gw${gateway}.example.com`],
        gateway: {
          namespace: 'infra',
          name: `gw-${gateway}`,
          sectionName: 'https',
        },
        grpc: [{ service: `bench.v1.Api${r}`, method: 'Get' }],
      });
    },
  },
  {
    name: 'grpc-mesh (VirtualService bound to mesh)',
    request: run => {
      const { r, request, service } = base(run, 3, 'grpc-mesh');
      return parseExposureRequest({
        ...request,
        service: { name: service, port: 9090 },
        grpc: [{ service: `bench.v1.Api${r}` }],
        timeout: '5s',
      });
    },
  },
  {
    name: 'ingress (nginx, with TLS)',
    request: run => {
      const { r, request, service } = base(run, 4, 'ingress');
      return parseExposureRequest({
        ...request,
        service: { name: service, port: 8080 },
        hostnames: [`legacy-api-${r}.example.com`],
        paths: [{ type: 'PathPrefix', value: '/' }],
        ingressClassName: 'nginx',
        tls: { secretName: `legacy-api-${r}-tls` },
      });
    },
  },
  {
    name: 'http, wildcard hostname (every route on its Gateway is a neighbour)',
    request: run => {
      const { r, gateway, request, service } = base(run, 6, 'http');
      return parseExposureRequest({
        ...request,
        name: `bench-http-wildcard-${run}`,
        service: { name: service, port: 8080 },
        hostnames: [`*.tenants-${r}.gw${gateway}.example.com`],
        gateway: {
          namespace: 'infra',
          name: `gw-${gateway}`,
          sectionName: 'https',
        },
      });
    },
  },
];
