import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ParentView,
  RouteCondition,
  RouteView,
} from '@portway/plugin-routing-common';
import { CertificateStatus } from '../CertificateStatus';
import { ConditionChip } from '../ConditionChip';
import {
  attachmentText,
  conditionSentence,
  conditionSource,
  orderedConditions,
  parentLabel,
} from './format';

const useStyles = makeStyles(
  theme => ({
    chips: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(0.5),
      margin: theme.spacing(0.5, 0),
    },
    parent: { marginBottom: theme.spacing(1) },
    certificate: { display: 'flex', gap: theme.spacing(0.5) },
  }),
  { name: 'PortwayParentDetails' },
);

/** Props of {@link ParentDetails}. */
export interface ParentDetailsProps {
  parent: ParentView;
  route: RouteView;
}

/** Each False condition's sentence, under the chips, so the reason reads without hovering. */
function FalseConditionSentences(props: { conditions: RouteCondition[] }) {
  return (
    <>
      {props.conditions
        .filter(condition => condition.status === 'False')
        .map((condition, index) => (
          <Typography key={index} variant="body2" color="error" component="div">
            {conditionSentence(condition)}
          </Typography>
        ))}
    </>
  );
}

/** The certificate of each TLS listener of the parent, one line each. */
function ListenerCertificates(props: {
  parent: ParentView;
  className: string;
}) {
  const { parent, className } = props;
  const withCertificates = (parent.listeners ?? []).filter(
    listener => listener.certificates && listener.certificates.length > 0,
  );
  return (
    <>
      {withCertificates.map(listener =>
        listener.certificates!.map((certificate, index) => (
          <div key={`${listener.name}/${index}`} className={className}>
            <Typography variant="body2" color="textSecondary" component="span">
              {listener.name}:
            </Typography>
            <CertificateStatus certificate={certificate} />
          </div>
        )),
      )}
    </>
  );
}

/**
 * One parent of a route: the Gateway and listener, the route's conditions there and the
 * Gateway's Programmed as chips with the sentence of each False one, where they come from,
 * and the certificate of each TLS listener.
 */
export function ParentDetails({ parent, route }: ParentDetailsProps) {
  const classes = useStyles();
  const conditions = orderedConditions(parent.conditions);
  const programmed = parent.gatewayProgrammed;
  return (
    <div className={classes.parent}>
      <Typography variant="body2" component="div">
        <strong>{parentLabel(parent, route)}</strong>
        {attachmentText(parent, route)}
      </Typography>
      <div className={classes.chips}>
        {conditions.map(condition => (
          <ConditionChip key={condition.type} condition={condition} />
        ))}
        {programmed && (
          <>
            <Typography variant="caption" color="textSecondary">
              Gateway
            </Typography>
            <ConditionChip condition={programmed} />
          </>
        )}
      </div>
      <FalseConditionSentences
        conditions={programmed ? [...conditions, programmed] : conditions}
      />
      <Typography variant="caption" color="textSecondary" component="div">
        {conditionSource(parent)}
      </Typography>
      <ListenerCertificates parent={parent} className={classes.certificate} />
    </div>
  );
}
