import { gateway, route } from '../semantics/__testUtils__/builders';
import {
  explainCondition,
  indexNeighbourhood,
  routeSurroundings,
} from './explainCondition';
import {
  acceptedClass,
  books,
  Case,
  cluster,
  caseRows,
  explain,
  uncoveredReasons,
  shop,
  toPublic,
} from './__testUtils__/explainCases';

/** Why a parent does not accept the route: its listeners, hostnames, the parent itself, a pending controller. */
const cases: Case[] = [
  {
    name: 'a namespace selector the route namespace does not match',
    reason: 'NotAllowedByListeners',
    route: books(toPublic('https'), ['books.shop.example.com']),
    explanation:
      'listener https of infra/public accepts routes only from namespaces labelled team=shop; this route is in books, which has team=books: if books should use this listener, label it (kubectl label namespace books team=shop --overwrite); otherwise ask the owners of infra/public to widen the selector',
  },
  {
    name: 'a selector on the namespace name label, which cannot be set',
    reason: 'NotAllowedByListeners',
    route: books(toPublic('internal')),
    explanation:
      'listener internal of infra/public accepts routes only from namespaces labelled kubernetes.io/metadata.name=shop; this route is in books, which has kubernetes.io/metadata.name=books: move the route to a namespace the selector names, or ask the owners of infra/public to admit books',
  },
  {
    name: 'a Selector listener without a selector',
    reason: 'NotAllowedByListeners',
    route: books(toPublic('picky')),
    explanation:
      'listener picky of infra/public accepts routes from namespaces chosen by a selector but gives none, so it accepts none: the owners of infra/public must add allowedRoutes.namespaces.selector',
  },
  {
    name: 'a listener that takes routes from its own namespace only (Same)',
    reason: 'NotAllowedByListeners',
    route: shop(toPublic('http')),
    explanation:
      'listener http of infra/public accepts routes only from its own namespace infra; this route is in shop: move the route to infra, or ask the owners of infra/public to admit shop (allowedRoutes.namespaces.from: Selector or All)',
  },
  {
    name: 'a listener whose protocol does not carry the route kind',
    reason: 'NotAllowedByListeners',
    route: shop(toPublic('tls')),
    explanation:
      "listener tls of infra/public only accepts TLSRoute; this route is a HTTPRoute: set the parentRef's sectionName to http, https, legacy, internal and picky, which accept HTTPRoutes",
  },
  {
    name: 'a listener that is itself not accepted',
    reason: 'NotAllowedByListeners',
    route: shop(toPublic('sctp')),
    explanation:
      "listener sctp of infra/public is itself not accepted (UnsupportedProtocol), so no route attaches to it: its Gateway's owners must fix it first",
  },
  {
    name: 'a refusal the listeners do not explain: the message is quoted',
    reason: 'NotAllowedByListeners',
    message: 'listener legacy accepts shop/grpc instead',
    route: shop(toPublic('legacy'), { hostnames: ['shop.example.org'] }),
    controllerName: 'example.com/gateway',
    explanation:
      'listener legacy of infra/public admits this route\'s kind and namespace, yet example.com/gateway refused it: "listener legacy accepts shop/grpc instead". One cause the objects cannot show: an HTTPRoute and a GRPCRoute claiming the same hostname on one listener are not merged, only the older one is accepted; if so, give one of them another hostname',
  },
  {
    name: 'hostnames outside the listener wildcard, with another listener that takes them',
    reason: 'NoMatchingListenerHostname',
    route: shop(toPublic('https'), { hostnames: ['shop.example.org'] }),
    explanation:
      "listener https of infra/public accepts only hostnames matching *.shop.example.com; this route asks for shop.example.org: use a hostname under shop.example.com, such as shop.shop.example.com, or set the parentRef's sectionName to legacy, which accepts them",
  },
  {
    name: 'hostnames no listener of the Gateway takes',
    reason: 'NoMatchingListenerHostname',
    route: shop(toPublic(undefined, { port: 443 }), {
      hostnames: ['www.example.net'],
    }),
    explanation:
      "listeners https (*.shop.example.com) and legacy (shop.example.org) of infra/public accept none of the route's hostnames; this route asks for www.example.net: use a hostname under shop.example.com, such as www.shop.example.com, or attach it to a listener whose hostname covers them",
  },
  {
    name: 'a Gateway that does not exist, named without namespace',
    reason: 'NoMatchingParent',
    route: shop({ name: 'public' }),
    explanation:
      "Gateway shop/public, which this route names as its parent, does not exist (a parentRef without namespace means the route's own namespace, shop): fix the parentRef's name and namespace, or create the Gateway",
  },
  {
    name: 'a sectionName the Gateway has no listener for',
    reason: 'NoMatchingParent',
    route: shop(toPublic('htps')),
    objects: [gateway('infra/public', [{ name: 'http' }]), ...cluster.slice(1)],
    explanation:
      "Gateway infra/public has no listener named htps; its listener is http (HTTP, port 80): set the parentRef's sectionName to match one of them",
  },
  {
    name: 'a port the Gateway has no listener on',
    reason: 'NoMatchingParent',
    route: shop(toPublic('http', { port: 8443 })),
    objects: [
      gateway('infra/public', [
        { name: 'http' },
        { name: 'https', port: 443, protocol: 'HTTPS' },
      ]),
    ],
    explanation:
      "Gateway infra/public has no listener named http on port 8443; its listeners are http (HTTP, port 80) and https (HTTPS, port 443): set the parentRef's sectionName and port to match one of them",
  },
  {
    name: 'a value the implementation does not support',
    reason: 'UnsupportedValue',
    message: 'path match type RegularExpression is not supported',
    route: shop(toPublic('legacy')),
    controllerName: 'example.com/gateway',
    explanation:
      'example.com/gateway does not support a value this route uses: "path match type RegularExpression is not supported": change that field to a value the implementation supports (its documentation lists what it conforms to), or remove it',
  },
  {
    name: 'filters that cannot be combined',
    reason: 'IncompatibleFilters',
    message: 'URLRewrite and RequestRedirect cannot be used together',
    route: shop(toPublic('legacy')),
    explanation:
      'the controller cannot apply this route\'s filters together: "URLRewrite and RequestRedirect cannot be used together": remove one of the conflicting filters, or split the rule in two',
  },
  {
    name: 'a route waiting for a controller whose class is accepted',
    reason: 'Pending',
    status: 'Unknown',
    message: 'Waiting for controller',
    route: shop(toPublic('legacy')),
    explanation:
      'no controller has decided yet whether Gateway infra/public takes this route: "Waiting for controller"; this normally takes seconds: if it lasts, read the logs of the controller of GatewayClass portway',
  },
  {
    name: 'a route waiting on a Gateway whose class does not exist',
    reason: 'Pending',
    status: 'Unknown',
    route: shop(toPublic('legacy')),
    objects: cluster.filter(o => o !== acceptedClass),
    explanation:
      'no controller has decided yet whether Gateway infra/public takes this route: Gateway infra/public uses GatewayClass portway, which Portway does not find in the cluster, so no controller picks the Gateway up: set its spec.gatewayClassName to an installed class (kubectl get gatewayclass)',
  },
  {
    name: 'a route waiting on a Gateway whose class its controller refuses',
    reason: 'Pending',
    route: shop(toPublic('legacy')),
    objects: [
      ...cluster.filter(o => o !== acceptedClass),
      {
        ...acceptedClass,
        status: {
          conditions: [
            {
              type: 'Accepted',
              status: 'False',
              reason: 'UnsupportedVersion',
              message: 'CRDs v1.0 are too old',
            },
          ],
        },
      },
    ],
    explanation:
      'no controller has decided yet whether Gateway infra/public takes this route: GatewayClass portway of Gateway infra/public is not accepted by example.com/gateway (UnsupportedVersion: "CRDs v1.0 are too old"): the Gateway API CRDs installed are a version the controller does not support: install the version it documents',
  },
  {
    name: 'a prediction, attributed to the analysis',
    reason: 'NotAllowedByListeners',
    message: 'refused',
    route: shop(toPublic('legacy'), { hostnames: ['shop.example.org'] }),
    predicted: true,
    explanation:
      'listener legacy of infra/public admits this route\'s kind and namespace, yet Portway\'s analysis refused it: "refused". One cause the objects cannot show: an HTTPRoute and a GRPCRoute claiming the same hostname on one listener are not merged, only the older one is accepted; if so, give one of them another hostname',
  },
  {
    name: 'a reason Portway does not know: the controller is quoted',
    reason: 'ExampleQuota',
    message: 'too many routes on this Gateway',
    route: shop(toPublic('legacy')),
    controllerName: 'example.com/gateway',
    explanation:
      'example.com/gateway set Accepted to False (ExampleQuota): "too many routes on this Gateway": fix what it names; the condition changes when the controller next reconciles the route',
  },
];

describe('explainCondition of Accepted', () => {
  it.each(caseRows(cases))('%s: explains %s', (_reason, _name, c) => {
    expect(explain(c)).toBe(c.explanation);
  });

  it('has a case for every Accepted reason it explains', () => {
    expect(uncoveredReasons(cases, 'Accepted')).toEqual([]);
  });

  it('leaves True conditions unexplained', () => {
    const accepted = shop(toPublic('legacy'));
    expect(
      explainCondition(
        { type: 'Accepted', status: 'True', reason: 'Accepted', message: '' },
        { ref: toPublic('legacy') },
        routeSurroundings(accepted, cluster)!,
      ),
    ).toBeUndefined();
  });

  it('explains alike from a neighbourhood indexed once for many routes', () => {
    const [refused] = cases;
    const condition = {
      type: 'Accepted',
      status: 'False' as const,
      reason: refused.reason,
      message: '',
    };
    const parent = { ref: refused.route.spec.parentRefs[0] };
    const indexed = indexNeighbourhood([...cluster, refused.route]);
    expect(
      explainCondition(
        condition,
        parent,
        routeSurroundings(refused.route, indexed)!,
      ),
    ).toBe(refused.explanation);
  });

  it('reads no route kind but Gateway API ones', () => {
    expect(
      routeSurroundings(route('VirtualService', 'shop/web'), cluster),
    ).toBeUndefined();
  });
});
