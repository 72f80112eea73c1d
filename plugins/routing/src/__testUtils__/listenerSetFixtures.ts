import type {
  GatewayView,
  ListenerSetView,
  ListenerView,
} from '@portway/plugin-routing-common';
import { publicGateway } from './gatewayFixtures';

/** A ListenerSet's TCP listener for the storefront's database, one TCPRoute attached. */
export const postgresListener: ListenerView = {
  name: 'postgres',
  port: 5432,
  protocol: 'TCP',
  attachedRoutes: 1,
  conditions: [
    {
      type: 'Accepted',
      status: 'True',
      reason: 'Accepted',
      message: 'listener accepted',
    },
  ],
  allowedRoutes: { namespaces: 'Same', kinds: ['TCPRoute'] },
  routes: [
    {
      kind: 'TCPRoute',
      namespace: 'shop',
      name: 'storefront-db',
      hostnames: [],
      summary: 'ready',
      accepted: true,
      entityRefs: ['component:default/storefront'],
    },
  ],
};

/** The shop team's ListenerSet on the public Gateway, accepted; its status is predicted. */
export const shopListenerSet: ListenerSetView = {
  namespace: 'shop',
  name: 'shop-listeners',
  conditions: [
    {
      type: 'Accepted',
      status: 'True',
      reason: 'Accepted',
      message: 'ListenerSet accepted',
    },
  ],
  conditionsFrom: 'analysis',
  listeners: [postgresListener],
};

/** A ListenerSet from a namespace the public Gateway's allowedListeners does not take. */
export const refusedListenerSet: ListenerSetView = {
  namespace: 'books',
  name: 'books-listeners',
  conditions: [
    {
      type: 'Accepted',
      status: 'False',
      reason: 'NotAllowed',
      message:
        'Gateway infra/public does not allow ListenerSets from namespace books',
    },
  ],
  listeners: [],
};

/** The public Gateway with both ListenerSets. */
export const gatewayWithListenerSets: GatewayView = {
  ...publicGateway,
  listenerSets: [shopListenerSet, refusedListenerSet],
};
