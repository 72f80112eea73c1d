import { mockServices } from '@backstage/backend-test-utils';
import type { ExposureRequestRecord } from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import { createOwnerNotifier } from './notifyOwners';

const record = (
  state: ExposureRequestRecord['state'],
  stateReason?: string,
): ExposureRequestRecord => ({
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  state,
  ...(stateReason ? { stateReason } : {}),
  entityRef: 'component:default/storefront',
  type: 'http',
  cluster: 'prod-eu',
  namespace: 'shop',
  hostnames: ['storefront.shop.example.com'],
  createdBy: 'user:default/alice',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  request: storefrontExposureRequest,
});

function setUp(send = jest.fn(async () => {})) {
  const logger = mockServices.logger.mock();
  return {
    send,
    logger,
    notify: createOwnerNotifier({ notifications: { send }, logger }),
  };
}

describe('createOwnerNotifier', () => {
  it('tells the entity’s owners when a request goes live, linking its Routing tab', async () => {
    const { send, notify } = setUp();
    await notify(record('live'));
    expect(send).toHaveBeenCalledWith({
      recipients: { type: 'entity', entityRef: 'component:default/storefront' },
      payload: {
        title:
          'Exposure is live: http exposure of component:default/storefront (storefront.shop.example.com) in cluster prod-eu',
        description: undefined,
        link: '/catalog/default/component/storefront/routing',
        severity: 'normal',
        topic: 'portway-exposure-requests',
        scope: 'portway-exposure-request:a1b2c3d4-0000-4000-8000-000000000001',
      },
    });
  });

  it('says why a request failed, with high severity', async () => {
    const { send, notify } = setUp();
    await notify(record('failed', 'infra/public/https: Accepted False'));
    expect(send).toHaveBeenCalledWith(
      expect.objectContaining({
        payload: expect.objectContaining({
          title: expect.stringMatching(/^Exposure failed: /),
          description: 'infra/public/https: Accepted False',
          severity: 'high',
        }),
      }),
    );
  });

  it('says nothing of the other states', async () => {
    const { send, notify } = setUp();
    for (const state of ['open', 'merged', 'closed', 'expired'] as const) {
      await notify(record(state));
    }
    expect(send).not.toHaveBeenCalled();
  });

  it('never fails without the notifications plugin, and says so once', async () => {
    const { notify, logger } = setUp(
      jest.fn(async () => {
        throw new Error('Request failed with status 404');
      }),
    );
    await notify(record('live'));
    await notify(record('failed'));
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('is the notifications plugin installed?'),
    );
  });
});
