import Router from 'express-promise-router';
import type express from 'express';
import type { ExposureOptionsService } from '../services/ExposureOptions/types';
import type { ExposurePreflightService } from '../services/ExposurePreflight/types';
import type { EntityAccess } from './entityAccess';
import { entityRefOf, parseExposureBody } from './exposureBody';
import {
  ingressClassesQuery,
  listenersQuery,
  parseQuery,
} from './queryParameters';

/** What the exposure routes need. */
export interface ExposureRoutesOptions {
  entities: EntityAccess;
  exposureOptions: ExposureOptionsService;
  exposurePreflight: ExposurePreflightService;
}

/** The endpoints of the exposure form: its pickers and its preflight. */
export function exposureRoutes(options: ExposureRoutesOptions): express.Router {
  const { entities, exposureOptions, exposurePreflight } = options;
  const router = Router();

  router.get('/entities/:namespace/:kind/:name/services', async (req, res) => {
    const entity = await entities.fromPath(req);
    res.json(exposureOptions.entityServices(entity));
  });

  router.get('/entities/:namespace/:kind/:name/listeners', async (req, res) => {
    const query = parseQuery(listenersQuery, req.query);
    await entities.fromPath(req);
    res.json(exposureOptions.listeners(query));
  });

  router.get(
    '/entities/:namespace/:kind/:name/ingress-classes',
    async (req, res) => {
      const { cluster } = parseQuery(ingressClassesQuery, req.query);
      await entities.fromPath(req);
      res.json(exposureOptions.ingressClasses(cluster));
    },
  );

  router.post('/exposure/preflight', async (req, res) => {
    const request = parseExposureBody(req.body);
    const ref = entityRefOf(request);
    const entity = ref && (await entities.find(req, ref));
    res.json(await exposurePreflight.preflight(request, entity));
  });

  return router;
}
