import { TestApiRegistry } from '@backstage/test-utils';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import {
  cleanMigration,
  cleanRemoval,
  migrationForm,
} from '../../../__testUtils__/ingressMigrationFixtures';
import { validateMigrationReview } from './validateMigrationReview';

type FormData = Parameters<typeof validateMigrationReview>[2]['formData'];

async function validate(api: RoutingApi, formData: FormData, purpose?: string) {
  const validation = { addError: jest.fn(), __errors: [] };
  await validateMigrationReview(
    { ok: true, errors: 0, warnings: 0 },
    validation,
    {
      apiHolder: TestApiRegistry.from([routingApiRef, api]),
      formData,
      schema: {},
      uiSchema: purpose ? { 'ui:options': { purpose } } : {},
    },
  );
  return validation.addError.mock.calls.map(([message]) => message);
}

const conflict = {
  severity: 'error' as const,
  code: 'HostnameConflict',
  message: 'www.shop.example.com is already served by HTTPRoute shop/other',
  field: 'ingresses[0]',
};

describe('validateMigrationReview', () => {
  it('checks the migration again and adds an error for each error finding, so the form cannot go on', async () => {
    const previewIngressMigration = jest.fn().mockResolvedValue({
      ...cleanMigration,
      ok: false,
      findings: [
        conflict,
        { severity: 'warning', code: 'StaleCluster', message: 'old data' },
      ],
    });

    expect(
      await validate(
        mockRoutingApi({ previewIngressMigration }),
        migrationForm,
      ),
    ).toEqual([
      'HostnameConflict (ingresses[0]): www.shop.example.com is already served by HTTPRoute shop/other',
    ]);
    expect(previewIngressMigration).toHaveBeenCalledWith(
      expect.objectContaining({ ingresses: ['web'] }),
    );
  });

  it('lets a migration without errors go on', async () => {
    const api = mockRoutingApi({
      previewIngressMigration: jest.fn().mockResolvedValue(cleanMigration),
    });

    expect(await validate(api, migrationForm)).toEqual([]);
  });

  it('for removal, checks the removal, without a listener', async () => {
    const previewIngressRemoval = jest.fn().mockResolvedValue({
      ...cleanRemoval,
      ok: false,
      findings: [
        {
          severity: 'error',
          code: 'IngressNotSafeToRemove',
          message: 'legacy.other.com is not served by an accepted route',
        },
      ],
    });
    const api = mockRoutingApi({ previewIngressRemoval });

    expect(
      await validate(
        api,
        { entityRef: migrationForm.entityRef, ingress: migrationForm.ingress },
        'removal',
      ),
    ).toEqual([
      'IngressNotSafeToRemove: legacy.other.com is not served by an accepted route',
    ]);
    expect(api.previewIngressMigration).not.toHaveBeenCalled();
  });

  it('blocks, saying what is missing, while no Ingress is ticked', async () => {
    const api = mockRoutingApi();

    expect(
      await validate(api, { entityRef: migrationForm.entityRef }, 'removal'),
    ).toEqual([
      'Choose the component and tick the Ingresses to remove: the removal cannot be checked without them.',
    ]);
  });

  it('says so, and blocks, when the routing backend cannot be reached', async () => {
    const api = mockRoutingApi({
      previewIngressMigration: jest
        .fn()
        .mockRejectedValue(new Error('Failed to fetch')),
    });

    expect(await validate(api, migrationForm)).toEqual([
      'Could not check the migration with the routing backend: Failed to fetch',
    ]);
  });
});
