import type { ReactNode } from 'react';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { RenderResult } from '@portway/plugin-routing-common';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { useDebouncedCheck } from '../../../hooks/useDebouncedCheck';
import { FieldFrame } from '../FieldFrame';
import { formValues } from '../formValues';
import type { ExposureReviewValue } from '../types';
import { FindingList } from './FindingList';
import type { ReviewKind } from './reviewKind';
import { ReviewVerdict } from './ReviewVerdict';
import { useReviewValue } from './useReviewValue';

/** The form changes a review sees; a short wait keeps typing elsewhere from re-checking. */
const CHECK_DELAY_MS = 300;

/** Props of {@link CheckedReview}. */
export interface CheckedReviewProps<TRequest, TResult extends RenderResult> {
  /** The props the scaffolder gave the review field. */
  field: FieldExtensionComponentProps<ExposureReviewValue, any>;
  kind: ReviewKind<TRequest, TResult>;
  /** What the answer shows beyond the verdict and the findings: files, notes. */
  details: (result: TResult, request: TRequest) => ReactNode;
}

/**
 * A review field: checks what the whole form makes with the routing backend as it changes,
 * shows the verdict, every finding and the answer's details, and keeps a summary of the
 * answer as the field's value.
 */
export function CheckedReview<TRequest, TResult extends RenderResult>(
  props: CheckedReviewProps<TRequest, TResult>,
) {
  const { field, kind, details } = props;
  const request = kind.request(formValues(field.formContext));
  const { result, checking, error } = useDebouncedCheck(
    request,
    kind.check,
    CHECK_DELAY_MS,
  );
  useReviewValue(result, field.formData, field.onChange);

  const title = field.schema.title ?? 'Review';
  if (!request) {
    return (
      <FieldFrame field={field} title={title}>
        <Typography color="textSecondary">
          {kind.missing}: {kind.subject} is checked here once it has them.
        </Typography>
      </FieldFrame>
    );
  }
  return (
    <FieldFrame field={field} title={title}>
      {checking && <LinearProgress />}
      {checking && !result && (
        <Typography color="textSecondary">
          Checking {kind.subject} against the clusters…
        </Typography>
      )}
      {error && !checking && (
        <Alert severity="error">
          Could not check {kind.subject} with the routing backend:{' '}
          {error.message}
        </Alert>
      )}
      {result && (
        <>
          <ReviewVerdict
            result={result}
            subject={kind.subject}
            action={kind.action}
          />
          <FindingList findings={result.findings} />
          {details(result, request)}
        </>
      )}
    </FieldFrame>
  );
}
