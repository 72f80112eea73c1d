import { useEffect } from 'react';
import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { CodeSnippet } from '@backstage/core-components';
import type { RenderResult } from '@portway/plugin-routing-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { usePreflight } from '../../../hooks/usePreflight';
import { FieldFrame } from '../FieldFrame';
import { FindingLine } from '../FindingLine';
import { formValues } from '../formValues';
import { preflightRequest } from '../preflightRequest';
import type { ExposureReviewValue } from '../types';
import { reviewSummary, sameSummary } from './reviewSummary';

/**
 * Props of {@link RoutingExposureReview}.
 *
 * @public
 */
export type RoutingExposureReviewProps =
  FieldExtensionComponentProps<ExposureReviewValue>;

/** The form changes the review sees; a short wait keeps typing elsewhere from re-checking. */
const CHECK_DELAY_MS = 300;

function Verdict({ result }: { result: RenderResult }) {
  const { errors, warnings } = reviewSummary(result);
  if (errors > 0) {
    return (
      <Alert severity="error">
        {errors === 1 ? '1 error' : `${errors} errors`} to fix before the
        request can be created.
      </Alert>
    );
  }
  return (
    <Alert severity={warnings > 0 ? 'warning' : 'success'}>
      The request can be created
      {warnings > 0 &&
        ` (${warnings === 1 ? '1 warning' : `${warnings} warnings`})`}
      .
    </Alert>
  );
}

function Files({ result }: { result: RenderResult }) {
  return (
    <>
      {result.files.map(file => (
        <Box key={file.path} mt={2} role="group" aria-label={file.path}>
          <Typography variant="subtitle2" component="h4">
            {file.path}
          </Typography>
          <CodeSnippet text={file.content} language="yaml" showCopyCodeButton />
        </Box>
      ))}
    </>
  );
}

/**
 * Shows what the backend's preflight says of the whole request (every finding) and the
 * files the change would add to the GitOps repository. Its value, the form's `review`,
 * summarizes the answer; its validation runs the preflight again and blocks on errors.
 *
 * @public
 */
export function RoutingExposureReview(props: RoutingExposureReviewProps) {
  const { formData, onChange, schema } = props;
  const request = preflightRequest(formValues(props.formContext));
  const { result, checking, error } = usePreflight(request, CHECK_DELAY_MS);

  // The scaffolder validates only the fields that have a value: always keep one.
  useEffect(() => {
    const summary = reviewSummary(result);
    if (!sameSummary(formData, summary)) {
      onChange(summary);
    }
  }, [result, formData, onChange]);

  const title = schema.title ?? 'Review';
  if (!request) {
    return (
      <FieldFrame field={props} title={title}>
        <Typography color="textSecondary">
          Choose the component and pick its Service: the request is checked here
          once it has them.
        </Typography>
      </FieldFrame>
    );
  }
  return (
    <FieldFrame field={props} title={title}>
      {checking && <LinearProgress />}
      {checking && !result && (
        <Typography color="textSecondary">
          Checking the request against the clusters…
        </Typography>
      )}
      {error && !checking && (
        <Alert severity="error">
          Could not check the request with the routing backend: {error.message}
        </Alert>
      )}
      {result && (
        <>
          <Verdict result={result} />
          <Box mt={1}>
            {result.findings.map((finding, index) => (
              <FindingLine key={index} finding={finding} showField />
            ))}
          </Box>
          <Files result={result} />
        </>
      )}
    </FieldFrame>
  );
}
