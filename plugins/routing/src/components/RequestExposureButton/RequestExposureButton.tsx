import { useState } from 'react';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import Chip from '@material-ui/core/Chip';
import ListItemText from '@material-ui/core/ListItemText';
import Menu from '@material-ui/core/Menu';
import MenuItem from '@material-ui/core/MenuItem';
import ArrowDropDownIcon from '@material-ui/icons/ArrowDropDown';
import { usePermission } from '@backstage/plugin-permission-react';
import { routingExposureCreatePermission } from '@portway/plugin-routing-common';
import { Link as RouterLink } from 'react-router-dom';
import { useTemplatePath } from '../../hooks/useTemplatePath';
import {
  DEFAULT_EXPOSURE_TEMPLATES,
  type ExposureTemplateOption,
} from './exposureTemplates';
import { NotAllowedToRequest } from './NotAllowedToRequest';
import { type ExposureTemplateRef, withEntityRef } from './requestExposurePath';

/** Props of {@link RequestExposureButton}. */
export interface RequestExposureButtonProps {
  /** The entity to expose, e.g. `component:default/storefront`. */
  entityRef: string;
  /**
   * The templates to offer; the button opens the first, its menu offers all.
   * Portway's three templates when not set.
   */
  templates?: ExposureTemplateOption[];
}

/** The link to a template's page, following the route the app bound when it did. */
function useTemplateLink(entityRef: string) {
  const templatePath = useTemplatePath();
  return (template: ExposureTemplateRef) =>
    withEntityRef(templatePath(template), entityRef);
}

/**
 * "Request exposure": opens the first template with the entity filled in; with several
 * templates, its menu offers each, with a sentence on what it creates. Shown disabled, with
 * the reason, to those without `routing.exposure.create` on the entity (the server checks it
 * too: this only spares them a form they could not submit).
 */
export function RequestExposureButton(props: RequestExposureButtonProps) {
  const { entityRef, templates = DEFAULT_EXPOSURE_TEMPLATES } = props;
  const templateLink = useTemplateLink(entityRef);
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement>();
  const { allowed, loading } = usePermission({
    permission: routingExposureCreatePermission,
    resourceRef: entityRef,
  });
  const [first] = templates;
  if (!first) {
    return null;
  }
  if (!allowed) {
    return (
      <>
        <Button variant="contained" color="primary" disabled>
          Request exposure
        </Button>
        {!loading && <NotAllowedToRequest entityRef={entityRef} />}
      </>
    );
  }
  return (
    <>
      <ButtonGroup variant="contained" color="primary">
        <Button
          component={RouterLink}
          to={templateLink(first)}
          // An anchor that navigates: keep its link role (ButtonBase would set "button").
          role="link"
        >
          Request exposure
        </Button>
        {templates.length > 1 && (
          <Button
            size="small"
            aria-label="Choose how to expose"
            aria-haspopup="menu"
            onClick={event => setMenuAnchor(event.currentTarget)}
          >
            <ArrowDropDownIcon />
          </Button>
        )}
      </ButtonGroup>
      <Menu
        anchorEl={menuAnchor}
        open={Boolean(menuAnchor)}
        onClose={() => setMenuAnchor(undefined)}
        getContentAnchorEl={null}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        {templates.map(template => (
          <MenuItem
            key={`${template.namespace}/${template.name}`}
            component={RouterLink}
            to={templateLink(template)}
          >
            <ListItemText
              primary={template.title}
              secondary={template.description}
            />
            {template.legacy && (
              <Chip size="small" label="legacy" variant="outlined" />
            )}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
