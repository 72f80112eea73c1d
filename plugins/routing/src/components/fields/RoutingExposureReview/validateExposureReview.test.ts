import { TestApiRegistry } from '@backstage/test-utils';
import { routingApiRef, type RoutingApi } from '../../../api/types';
import { mockRoutingApi } from '../../../__testUtils__/mockRoutingApi';
import {
  cleanPreflight,
  entityRef,
  httpForm,
} from '../../../__testUtils__/fieldFixtures';
import { validateExposureReview } from './validateExposureReview';

type FormData = Parameters<typeof validateExposureReview>[2]['formData'];

async function validate(api: RoutingApi | undefined, formData: FormData) {
  const validation = { addError: jest.fn(), __errors: [] };
  await validateExposureReview(
    { ok: true, errors: 0, warnings: 0 },
    validation,
    {
      apiHolder: api
        ? TestApiRegistry.from([routingApiRef, api])
        : TestApiRegistry.from(),
      formData,
      schema: {},
    },
  );
  return validation.addError.mock.calls.map(([message]) => message);
}

const form = { ...httpForm, hostnames: ['shop.other.com'] };

describe('validateExposureReview', () => {
  it('adds an error for each error finding, so that the form cannot go on to Create', async () => {
    const api = mockRoutingApi({
      preflight: jest.fn().mockResolvedValue({
        ok: false,
        findings: [
          {
            severity: 'error',
            code: 'HostnameConflict',
            message:
              'shop.other.com is already served by HTTPRoute shop/old of component:default/old',
            field: 'hostnames[0]',
          },
          {
            severity: 'error',
            code: 'BackendNotFound',
            message: 'Service shop/storefront is not in cluster prod-eu',
          },
          {
            severity: 'warning',
            code: 'CertificateWillNotBeIssued',
            message: 'no certificate',
          },
        ],
        files: [],
      }),
    });

    expect(await validate(api, form)).toEqual([
      'HostnameConflict (hostnames[0]): shop.other.com is already served by HTTPRoute shop/old of component:default/old',
      'BackendNotFound: Service shop/storefront is not in cluster prod-eu',
    ]);
  });

  it('lets a request with warnings and no errors go on', async () => {
    const api = mockRoutingApi({
      preflight: jest.fn().mockResolvedValue({
        ...cleanPreflight,
        findings: [
          { severity: 'warning', code: 'StaleCluster', message: 'old data' },
        ],
      }),
    });

    expect(await validate(api, form)).toEqual([]);
  });

  it('checks the request of the whole form, not the value of the field', async () => {
    const preflight = jest.fn().mockResolvedValue(cleanPreflight);

    await validate(mockRoutingApi({ preflight }), form);

    expect(preflight).toHaveBeenCalledWith({
      entityRef,
      type: 'http',
      cluster: 'prod-eu',
      namespace: 'shop',
      service: { name: 'storefront', port: 8080 },
      hostnames: ['shop.other.com'],
    });
  });

  it('says so, and blocks, when the routing backend cannot be reached', async () => {
    const api = mockRoutingApi({
      preflight: jest.fn().mockRejectedValue(new Error('Failed to fetch')),
    });

    expect(await validate(api, form)).toEqual([
      'Could not check the request with the routing backend: Failed to fetch',
    ]);
  });

  it('blocks when the app has no routing API', async () => {
    expect(await validate(undefined, form)).toEqual([
      'The routing plugin is not installed in this app, so the request cannot be checked.',
    ]);
  });

  it('blocks while the form has no Service to check', async () => {
    const api = mockRoutingApi();

    expect(await validate(api, { entityRef, type: 'http' })).toEqual([
      'Choose the component and pick its Service: the request cannot be checked without them.',
    ]);
    expect(api.preflight).not.toHaveBeenCalled();
  });
});
