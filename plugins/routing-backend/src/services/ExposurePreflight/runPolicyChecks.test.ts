import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { parseExposureRequest } from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import { runPolicyChecks } from './runPolicyChecks';

const input = {
  request: parseExposureRequest(storefrontExposureRequest),
  entity: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'storefront' },
  } satisfies Entity,
};

const finding = (code: string) => ({
  severity: 'warning' as const,
  code,
  message: code,
});

describe('runPolicyChecks', () => {
  it('gives the findings of every check in the order the checks were added, also when a later one answers first', async () => {
    const slow = {
      name: 'slow',
      check: () =>
        new Promise<ReturnType<typeof finding>[]>(resolve =>
          setImmediate(() => resolve([finding('First')])),
        ),
    };
    const quick = { name: 'quick', check: () => [finding('Second')] };

    const findings = await runPolicyChecks(
      [slow, quick],
      input,
      mockServices.logger.mock(),
    );

    expect(findings.map(f => f.code)).toEqual(['First', 'Second']);
  });

  it('turns a check that throws into one PolicyCheckFailed error naming it, logs it, and keeps the others', async () => {
    const logger = mockServices.logger.mock();
    const broken = {
      name: 'cmdb-lookup',
      check: async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.7:443');
      },
    };
    const fine = { name: 'fine', check: () => [finding('Fine')] };

    const findings = await runPolicyChecks([broken, fine], input, logger);

    expect(findings).toEqual([
      {
        severity: 'error',
        code: 'PolicyCheckFailed',
        message: expect.stringContaining(
          'The policy check "cmdb-lookup" failed, so the request cannot be checked: Error: connect ECONNREFUSED 10.0.0.7:443',
        ),
      },
      finding('Fine'),
    ]);
    expect(logger.error).toHaveBeenCalledWith(
      'Exposure policy check "cmdb-lookup" failed',
      expect.objectContaining({
        check: 'cmdb-lookup',
        entityRef: 'component:default/storefront',
      }),
    );
  });

  it('gives no findings without checks', async () => {
    expect(
      await runPolicyChecks([], input, mockServices.logger.mock()),
    ).toEqual([]);
  });
});
