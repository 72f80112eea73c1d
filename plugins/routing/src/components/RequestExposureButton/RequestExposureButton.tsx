import Button from '@material-ui/core/Button';
import { useRouteRef } from '@backstage/core-plugin-api';
import { Link as RouterLink } from 'react-router-dom';
import { requestExposureRouteRef } from '../../routes';
import {
  DEFAULT_EXPOSURE_TEMPLATE,
  defaultTemplatePath,
  type ExposureTemplateRef,
  withEntityRef,
} from './requestExposurePath';

/** Props of {@link RequestExposureButton}. */
export interface RequestExposureButtonProps {
  /** The entity to expose, e.g. `component:default/storefront`. */
  entityRef: string;
  /** The template to open; `template:default/expose-http` when not set. */
  template?: ExposureTemplateRef;
}

/** A button that opens the exposure template with the entity filled in. */
export function RequestExposureButton(props: RequestExposureButtonProps) {
  const { entityRef, template = DEFAULT_EXPOSURE_TEMPLATE } = props;
  const templateRoute = useRouteRef(requestExposureRouteRef);
  const templatePath = templateRoute
    ? templateRoute({
        namespace: template.namespace,
        templateName: template.name,
      })
    : defaultTemplatePath(template);

  return (
    <Button
      component={RouterLink}
      to={withEntityRef(templatePath, entityRef)}
      // An anchor that navigates: keep its link role (ButtonBase would set "button").
      role="link"
      variant="contained"
      color="primary"
    >
      Request exposure
    </Button>
  );
}
