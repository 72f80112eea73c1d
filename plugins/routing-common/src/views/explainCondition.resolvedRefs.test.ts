import { referenceGrant } from '../semantics/__testUtils__/builders';
import { explainCondition, routeSurroundings } from './explainCondition';
import {
  Case,
  cluster,
  caseRows,
  explain,
  uncoveredReasons,
  shop,
  toPublic,
} from './__testUtils__/explainCases';

/** Why a route's backends do not resolve: grants, missing Services and ports, kinds, protocols. */
const cases: Case[] = [
  {
    name: 'a Service in another namespace without a ReferenceGrant',
    reason: 'RefNotPermitted',
    route: shop(toPublic('legacy'), {
      backendRefs: [{ name: 'api', namespace: 'payments', port: 80 }],
    }),
    explanation:
      'rules[0].backendRefs[0] points at Service payments/api in another namespace, and no ReferenceGrant in payments lets HTTPRoutes from shop use it: add a ReferenceGrant in namespace payments with from {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop} and to {group: "", kind: Service, name: api}',
  },
  {
    name: 'a Service that does not exist',
    reason: 'BackendNotFound',
    route: shop(toPublic('legacy'), {
      backendRefs: [{ name: 'gone', port: 8080 }],
    }),
    explanation:
      "rules[0].backendRefs[0] points at Service shop/gone, which does not exist: create the Service, or fix the backendRef's name",
  },
  {
    name: 'a port the Service does not expose',
    reason: 'BackendNotFound',
    route: shop(toPublic('legacy'), {
      backendRefs: [{ name: 'web', port: 9090 }],
    }),
    explanation:
      "rules[0].backendRefs[0] sends traffic to port 9090 of Service shop/web, which only exposes port 8080: set the backendRef's port to one the Service exposes",
  },
  {
    name: 'a backend that is not a Service',
    reason: 'InvalidKind',
    route: shop(toPublic('legacy'), {
      backendRefs: [
        { group: 'multicluster.x-k8s.io', kind: 'ServiceImport', name: 'web' },
      ],
    }),
    controllerName: 'example.com/gateway',
    explanation:
      'rules[0].backendRefs[0] refers to a ServiceImport of group multicluster.x-k8s.io named shop/web; only core Services are supported as backends: point it at a Service (group "", kind Service), unless example.com/gateway documents that kind as a backend',
  },
  {
    name: 'a backend protocol the controller cannot speak',
    reason: 'UnsupportedProtocol',
    message: 'appProtocol kubernetes.io/ws is not supported',
    route: shop(toPublic('legacy')),
    explanation:
      'the controller cannot speak the protocol a backend\'s Service port declares: "appProtocol kubernetes.io/ws is not supported": change or remove the port\'s appProtocol on Service shop/web (kubernetes.io/h2c for gRPC without TLS, for example), or use a listener and route kind that carry that protocol',
  },
  {
    name: 'a known reason the objects do not bear out: the controller is quoted',
    reason: 'BackendNotFound',
    message: 'no endpoints',
    route: shop(toPublic('legacy')),
    explanation:
      'the controller set ResolvedRefs to False (BackendNotFound): "no endpoints": fix what it names; the condition changes when the controller next reconciles the route',
  },
];

describe('explainCondition of ResolvedRefs', () => {
  it.each(caseRows(cases))('%s: explains %s', (_reason, _name, c) => {
    expect(explain(c)).toBe(c.explanation);
  });

  it('has a case for every ResolvedRefs reason it explains', () => {
    expect(uncoveredReasons(cases, 'ResolvedRefs')).toEqual([]);
  });

  it('explains a ReferenceGrant that is there as no refusal, quoting the controller', () => {
    const granted = shop(toPublic('legacy'), {
      backendRefs: [{ name: 'api', namespace: 'payments', port: 80 }],
    });
    const grant = referenceGrant(
      'payments/shop-routes',
      [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'HTTPRoute',
          namespace: 'shop',
        },
      ],
      [{ group: '', kind: 'Service' }],
    );
    expect(
      explainCondition(
        {
          type: 'ResolvedRefs',
          status: 'False',
          reason: 'RefNotPermitted',
          message: 'not permitted',
        },
        { ref: toPublic('legacy') },
        routeSurroundings(granted, [...cluster, grant])!,
      ),
    ).toContain('(RefNotPermitted): "not permitted": fix what it names');
  });
});
