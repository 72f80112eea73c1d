import type { RouteView } from '@portway/plugin-routing-common';
import { listenerRoutes, RouteOnGateway } from './attachedRoutes';

const refusedParent = {
  ref: { name: 'public', namespace: 'infra' },
  conditions: [
    {
      type: 'Accepted',
      status: 'False' as const,
      reason: 'NotAllowedByListeners',
      message: 'namespace books is not allowed',
    },
  ],
};

function onGateway(
  surroundings: RouteOnGateway['surroundings'],
  conditions = refusedParent.conditions,
): RouteOnGateway {
  const parent = { ...refusedParent, conditions };
  const view: RouteView = {
    cluster: 'prod',
    kind: 'HTTPRoute',
    namespace: 'books',
    name: 'catalog',
    hostnames: [],
    urls: [],
    parents: [parent],
    backends: [],
    summary: 'failed',
    matchedBy: 'label',
  };
  return {
    route: {
      kind: 'HTTPRoute',
      metadata: { namespace: 'books', name: 'catalog' },
    },
    view,
    parents: [parent],
    key: 'HTTPRoute/books/catalog',
    attachedAnywhere: false,
    surroundings,
  };
}

const http = { name: 'http', port: 80 };

describe('listenerRoutes', () => {
  it("gives a refused route the condition's message when Portway cannot explain it", () => {
    const [route] = listenerRoutes(
      'infra/public',
      http,
      [onGateway(() => undefined)],
      new Map(),
    );
    expect(route).toMatchObject({
      accepted: false,
      reason: 'NotAllowedByListeners',
      message: 'namespace books is not allowed',
    });
  });

  it('gives a route no message when its parent has no Accepted condition yet', () => {
    const surroundings = jest.fn();
    const [route] = listenerRoutes(
      'infra/public',
      http,
      [onGateway(surroundings, [])],
      new Map(),
    );
    expect(route).toMatchObject({ accepted: false, reason: 'Pending' });
    expect(route).not.toHaveProperty('message');
    expect(surroundings).not.toHaveBeenCalled();
  });
});
