import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { parseExposureRequest } from '@portway/plugin-routing-common';
import { storefrontExposureRequest } from '@portway/plugin-routing-common/testUtils';
import express from 'express';
import Router from 'express-promise-router';
import type { ExposureService } from './types';
import { exposureServiceRef } from './exposureServiceRef';

/** A routing backend whose preflight names the caller it was called for, in an info finding. */
const standInRoutingBackend = createBackendPlugin({
  pluginId: 'routing',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
      },
      async init({ httpRouter, httpAuth }) {
        const router = Router();
        router.use(express.json());
        router.post('/exposure/preflight', async (req, res) => {
          const credentials = await httpAuth.credentials(req, {
            allow: ['user'],
          });
          res.json({
            ok: true,
            findings: [
              {
                severity: 'info',
                code: 'CalledFor',
                message: `${credentials.principal.userEntityRef} about ${req.body.entityRef}`,
              },
            ],
            files: [],
          });
        });
        httpRouter.use(router);
      },
    });
  },
});

describe('exposureServiceRef', () => {
  it('gives each plugin a client that finds the routing backend through discovery and calls it on behalf of the credentials', async () => {
    let exposure: ExposureService | undefined;
    const consumer = createBackendPlugin({
      pluginId: 'scaffolder',
      register(env) {
        env.registerInit({
          deps: { exposure: exposureServiceRef },
          async init(deps) {
            exposure = deps.exposure;
          },
        });
      },
    });
    await startTestBackend({ features: [standInRoutingBackend, consumer] });

    const result = await exposure!.preflight(
      parseExposureRequest(storefrontExposureRequest),
      mockCredentials.user('user:default/jane'),
    );

    expect(result.findings).toEqual([
      {
        severity: 'info',
        code: 'CalledFor',
        message: 'user:default/jane about component:default/storefront',
      },
    ]);
  });
});
