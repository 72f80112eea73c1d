import { useRouteRef } from '@backstage/core-plugin-api';
import {
  defaultTemplatePath,
  type ExposureTemplateRef,
} from '../components/RequestExposureButton/requestExposurePath';
import { requestExposureRouteRef } from '../routes';

/**
 * The path of a Software Template's page: through the route the app bound for "Request
 * exposure" (the scaffolder's selected-template page) when it did, else under `/create`.
 */
export function useTemplatePath(): (template: ExposureTemplateRef) => string {
  const templateRoute = useRouteRef(requestExposureRouteRef);
  return template =>
    templateRoute
      ? templateRoute({
          namespace: template.namespace,
          templateName: template.name,
        })
      : defaultTemplatePath(template);
}
