import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { createExposureServiceClient } from './createExposureServiceClient';
import type { ExposureService } from './types';

/**
 * The client of the routing backend's exposure endpoints, as `catalogServiceRef` is the
 * catalog's: each plugin or module that depends on it gets one that finds the routing backend
 * through discovery and calls it with a token issued by that plugin on behalf of the
 * credentials given. The scaffolder module's actions use it.
 *
 * @public
 */
export const exposureServiceRef = createServiceRef<ExposureService>({
  id: 'routing.exposure-client',
  scope: 'plugin',
  defaultFactory: async service =>
    createServiceFactory({
      service,
      deps: {
        discovery: coreServices.discovery,
        auth: coreServices.auth,
      },
      factory: ({ discovery, auth }) =>
        createExposureServiceClient({ discovery, auth }),
    }),
});
