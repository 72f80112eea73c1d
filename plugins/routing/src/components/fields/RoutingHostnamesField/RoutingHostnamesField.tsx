import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import DeleteIcon from '@material-ui/icons/Delete';
import type { Finding } from '@portway/plugin-routing-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { usePreflight } from '../../../hooks/usePreflight';
import { FieldFrame } from '../FieldFrame';
import { FindingLine } from '../FindingLine';
import { formEntity, formGateway, formValues } from '../formValues';
import { listenerQuery } from '../listenerQuery';
import { preflightRequest } from '../preflightRequest';
import { findingsOfHostnames, findingsOfRow } from './hostnameFindings';
import { ListenerHostnameHint } from './ListenerHostnameHint';

/**
 * Props of {@link RoutingHostnamesField}.
 *
 * @public
 */
export type RoutingHostnamesFieldProps = FieldExtensionComponentProps<string[]>;

/** How long the hostnames must stay unchanged before they are checked. */
const CHECK_DELAY_MS = 300;

function Findings({ findings }: { findings: Finding[] }) {
  return (
    <>
      {findings.map((finding, index) => (
        <FindingLine key={index} finding={finding} />
      ))}
    </>
  );
}

/**
 * The hostnames a route answers, checked as they are typed: the backend's preflight of the
 * whole form shows, under each hostname, what the Gateway API rules, the chosen listener
 * and the hostnames already in use say about it.
 *
 * @public
 */
export function RoutingHostnamesField(props: RoutingHostnamesFieldProps) {
  const { formData, onChange, schema, rawErrors, idSchema } = props;
  const hostnames = formData?.length ? formData : [''];
  const values = formValues(props.formContext);
  const request = preflightRequest({ ...values, hostnames: formData ?? [] });
  const { result, checking, error } = usePreflight(request, CHECK_DELAY_MS);
  // While a newer check runs, the last answer is about other hostnames: show none of it.
  const findings = checking ? [] : result?.findings ?? [];
  const gateway = formGateway(values);

  const edit = (index: number, hostname: string) =>
    onChange(hostnames.map((old, i) => (i === index ? hostname : old)));
  const remove = (index: number) =>
    onChange(hostnames.filter((_old, i) => i !== index));

  return (
    <FieldFrame field={props} title={schema.title ?? 'Hostnames'}>
      {gateway && (
        <ListenerHostnameHint
          entity={formEntity(values)}
          query={listenerQuery(values)}
          gateway={gateway}
        />
      )}
      {hostnames.map((hostname, index) => (
        <Box
          key={index}
          mt={1}
          role="group"
          aria-label={`Hostname ${index + 1} and its findings`}
        >
          <Box display="flex" alignItems="center">
            <TextField
              id={`${idSchema?.$id ?? 'hostnames'}-${index}`}
              label={`Hostname ${index + 1}`}
              value={hostname}
              onChange={event => edit(index, event.target.value)}
              error={Boolean(rawErrors?.length)}
              fullWidth
            />
            <IconButton
              aria-label={`Remove hostname ${index + 1}`}
              onClick={() => remove(index)}
              disabled={hostnames.length === 1 && hostname === ''}
            >
              <DeleteIcon />
            </IconButton>
          </Box>
          <Findings findings={findingsOfRow(findings, hostnames, index)} />
        </Box>
      ))}
      <Findings findings={findingsOfHostnames(findings)} />
      <Box display="flex" alignItems="center" mt={1}>
        <Button
          startIcon={<AddIcon />}
          onClick={() => onChange([...hostnames, ''])}
        >
          Add hostname
        </Button>
        <Box ml={2}>
          <Typography variant="caption" color="textSecondary">
            {!request &&
              'The hostnames are checked once the Service is picked.'}
            {checking && 'Checking the hostnames…'}
          </Typography>
          {error && !checking && (
            <Typography variant="caption" color="error">
              Could not check the hostnames: {error.message}
            </Typography>
          )}
        </Box>
      </Box>
    </FieldFrame>
  );
}
