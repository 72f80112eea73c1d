import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  type IngressDetails,
  type IngressMigrationState,
  type RouteView,
  routingExposureCreatePermission,
} from '@portway/plugin-routing-common';
import { Link as RouterLink } from 'react-router-dom';
import { useTemplatePath } from '../../hooks/useTemplatePath';
import { MigrationStateLine } from './MigrationStateLine';
import type { ExposureTemplateRef } from '../RequestExposureButton';
import { NotAllowedToRequest } from '../RequestExposureButton/NotAllowedToRequest';
import { withFormData } from '../RequestExposureButton/requestExposurePath';
import { HostMigration } from './HostMigration';
import {
  ingressFormData,
  MIGRATE_INGRESS_TEMPLATE,
  REMOVE_INGRESS_TEMPLATE,
} from './migrationTemplates';

/** Props of {@link IngressMigration}. */
export interface IngressMigrationProps {
  /** The Ingress: its cluster, namespace and name. */
  route: Pick<RouteView, 'cluster' | 'namespace' | 'name'>;
  migration: IngressDetails['migration'];
}

const useStyles = makeStyles(
  theme => ({
    actions: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: theme.spacing(1),
      marginTop: theme.spacing(1),
    },
  }),
  { name: 'PortwayIngressMigration' },
);

/** The states in which there is still something to migrate. */
const MIGRATABLE: IngressMigrationState[] = [
  'not-started',
  'partial',
  'refused',
];

/**
 * How far an Ingress has moved to the Gateway API: the state with its status colour and
 * sentence, then each host with the routes that serve it (pending ones marked) and whether
 * each path is covered. "Migrate to Gateway API" opens the `migrate-ingress` template for this
 * Ingress while there is something to migrate (not started, partial, refused); "Remove the
 * Ingress" opens `remove-ingress` once it is safe to remove. Both fill in the entity (from the
 * entity page) and the Ingress; both are disabled, with the reason, for those without
 * `routing.exposure.create` on the entity (the actions check it on the server too).
 */
export function IngressMigration({ route, migration }: IngressMigrationProps) {
  const classes = useStyles();
  const { entity } = useEntity();
  const templatePath = useTemplatePath();
  const entityRef = stringifyEntityRef(entity);
  const formData = ingressFormData(entityRef, route);
  const { allowed, loading } = usePermission({
    permission: routingExposureCreatePermission,
    resourceRef: entityRef,
  });
  const linkTo = (template: ExposureTemplateRef) =>
    allowed
      ? {
          component: RouterLink,
          to: withFormData(templatePath(template), formData),
          // An anchor that navigates: keep its link role (ButtonBase would set "button").
          role: 'link',
        }
      : { disabled: true };
  const migratable = MIGRATABLE.includes(migration.state);
  return (
    <>
      <MigrationStateLine state={migration.state} message={migration.message} />
      {migration.hosts.map(host => (
        <HostMigration key={host.hostname} host={host} />
      ))}
      {(migratable || migration.safeToRemove) && (
        <div className={classes.actions}>
          {migratable && (
            <Button
              variant="outlined"
              color="primary"
              size="small"
              {...linkTo(MIGRATE_INGRESS_TEMPLATE)}
            >
              Migrate to Gateway API
            </Button>
          )}
          {migration.safeToRemove && (
            <Button
              variant="outlined"
              color="primary"
              size="small"
              {...linkTo(REMOVE_INGRESS_TEMPLATE)}
            >
              Remove the Ingress
            </Button>
          )}
        </div>
      )}
      {(migratable || migration.safeToRemove) && !allowed && !loading && (
        <NotAllowedToRequest entityRef={entityRef} />
      )}
    </>
  );
}
