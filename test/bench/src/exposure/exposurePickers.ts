// Internal to the backend, read by its source path as benchExposure.ts explains.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports, @backstage/no-forbidden-package-imports
import type { ExposureOptionsService } from '@portway/plugin-routing-backend/src/services/ExposureOptions/types';
import { appService } from './exposureCluster';
import {
  counted,
  distinct,
  ExposureBenchSettings,
  ExposureCaseResult,
  timedCase,
} from './exposureCase';
import { CLUSTER, ENTITY_SERVICES_DIGIT, entityOf } from './exposureRequests';

/** The issue sets no target for the pickers' answer times. */
const NO_TARGET = 'none set';

/**
 * The answers of the pickers' endpoints, as the backend's ExposureOptions service gives them
 * (the routers only add the entity read and the permission check): the entity's Services for
 * a different entity each run, the listeners of every Gateway judged for an HTTPRoute from a
 * different namespace each run, and the IngressClasses.
 */
export function pickerCases(
  options: ExposureOptionsService,
  settings: ExposureBenchSettings,
): ExposureCaseResult[] {
  return [
    timedCase(
      'picker: entity Services (ExposureOptions.entityServices)',
      NO_TARGET,
      settings,
      run => {
        const { name } = appService(run * 10 + ENTITY_SERVICES_DIGIT);
        return options.entityServices(entityOf(`component:default/${name}`))
          .services.length;
      },
      results => distinct(results, count => counted(count, 'Service')),
    ),
    timedCase(
      'picker: listeners, type http (ExposureOptions.listeners)',
      NO_TARGET,
      settings,
      run =>
        options.listeners({
          cluster: CLUSTER,
          namespace: appService(run).namespace,
          type: 'http',
        }).listeners,
      results =>
        distinct(
          results,
          listeners =>
            `${counted(listeners.length, 'listener')}, ${
              listeners.filter(listener => listener.accepts).length
            } accepting`,
        ),
    ),
    timedCase(
      'picker: IngressClasses (ExposureOptions.ingressClasses)',
      NO_TARGET,
      settings,
      () => options.ingressClasses(CLUSTER).ingressClasses.length,
      results =>
        distinct(results, count =>
          counted(count, 'IngressClass', 'IngressClasses'),
        ),
    ),
  ];
}
