import type { ListenerView } from '@portway/plugin-routing-common';
import {
  httpListener,
  httpsListener,
  internalGateway,
  publicGateway,
} from '../../__testUtils__/gatewayFixtures';
import {
  allowedRoutesText,
  attachedText,
  listenerAddress,
} from './listenerText';

describe('listenerAddress', () => {
  it('gives the protocol, the port and the hostname', () => {
    expect(listenerAddress(httpsListener)).toBe(
      'HTTPS:443 · *.shop.example.com',
    );
  });

  it('says "any hostname" for a listener without one', () => {
    expect(listenerAddress(httpListener)).toBe('HTTP:80 · any hostname');
  });
});

describe('allowedRoutesText', () => {
  it.each<[string, ListenerView['allowedRoutes'], string]>([
    [
      'names the label selector',
      { namespaces: 'Selector', selector: 'team=shop', kinds: ['HTTPRoute'] },
      'Accepts HTTPRoute from namespaces labelled team=shop',
    ],
    [
      'says when the selector is not known',
      { namespaces: 'Selector', kinds: ['HTTPRoute'] },
      'Accepts HTTPRoute from namespaces matching its selector',
    ],
    [
      "names the Gateway's own namespace for Same",
      { namespaces: 'Same', kinds: ['HTTPRoute', 'GRPCRoute'] },
      'Accepts HTTPRoute, GRPCRoute from namespace infra only',
    ],
    [
      'says every namespace for All',
      { namespaces: 'All', kinds: ['TLSRoute'] },
      'Accepts TLSRoute from every namespace',
    ],
    [
      'says when no kind is accepted',
      { namespaces: 'All', kinds: [] },
      'Accepts no route kinds from every namespace',
    ],
  ])('%s', (_behaviour, allowedRoutes, expected) => {
    expect(
      allowedRoutesText({ ...httpsListener, allowedRoutes }, publicGateway),
    ).toBe(expected);
  });
});

describe('attachedText', () => {
  it("counts the attached routes as the Gateway's status does", () => {
    expect(attachedText(httpsListener, 2)).toBe('1 route attached');
    expect(attachedText(internalGateway.listeners[0], 1)).toBe(
      '1 route attached',
    );
    expect(attachedText(httpListener, 0)).toBe('0 routes attached');
  });

  it('says how many routes the filters show when they hide some', () => {
    expect(attachedText(httpsListener, 1)).toBe(
      '1 route attached; the filters show 1 of the 2 that name it',
    );
  });
});
