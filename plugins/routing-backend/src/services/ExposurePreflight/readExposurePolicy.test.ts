import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { readExposurePolicy } from './readExposurePolicy';

const policy = {
  hostnames: [
    {
      listener: 'infra/public/https',
      domains: ['shop.example.com', '*.shop.example.com'],
    },
    { owner: 'group:default/payments', domains: ['*.pay.example.com'] },
  ],
  namespaces: [
    { owner: 'group:default/platform', namespaces: ['edge', 'shared-*'] },
  ],
};

const configWith = (value: unknown) =>
  new ConfigReader({ routing: { exposure: { policy: value } } } as any);

describe('readExposurePolicy', () => {
  it('reads the policy at routing.exposure.policy', () => {
    const logger = mockServices.logger.mock();
    expect(readExposurePolicy(configWith(policy), logger)).toEqual({
      policy,
      findings: [],
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('has no policy and no findings when none is configured', () => {
    const logger = mockServices.logger.mock();
    expect(readExposurePolicy(new ConfigReader({}), logger)).toEqual({
      findings: [],
    });
  });

  it('logs a malformed policy once, naming the key and the rule, and returns the error every preflight reports', () => {
    const logger = mockServices.logger.mock();
    const broken = {
      ...policy,
      hostnames: [
        policy.hostnames[0],
        { owner: 'group:default/payments', domains: ['pay.*.example.com'] },
      ],
    };
    const read = readExposurePolicy(configWith(broken), logger);
    expect(read.policy).toBeUndefined();
    expect(read.findings).toEqual([
      {
        severity: 'error',
        code: 'ExposurePolicyInvalid',
        message: expect.stringContaining(
          'routing.exposure.policy.hostnames[1].domains[0]: "pay.*.example.com" must be an exact hostname',
        ),
      },
    ]);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledWith(
      expect.stringContaining(
        'every exposure request is refused until it is fixed: routing.exposure.policy.hostnames[1].domains[0]:',
      ),
      { key: 'routing.exposure.policy' },
    );
  });

  it('names the policy key itself when the policy is not a mapping', () => {
    const read = readExposurePolicy(
      configWith(['shop.example.com']),
      mockServices.logger.mock(),
    );
    expect(read.findings[0].message).toMatch(
      /\(routing\.exposure\.policy: Invalid input: expected object/,
    );
  });
});
