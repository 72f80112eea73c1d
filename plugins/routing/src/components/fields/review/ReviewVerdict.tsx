import Alert from '@material-ui/lab/Alert';
import type { RenderResult } from '@portway/plugin-routing-common';
import { reviewSummary } from './reviewSummary';

/** Props of {@link ReviewVerdict}. */
export interface ReviewVerdictProps {
  result: RenderResult;
  /** What the form does next, as a subject: `the request`, `the migration`. */
  subject: string;
  /** What it does, after "can": `be created`, `be requested`. */
  action: string;
}

function count(n: number, what: string): string {
  return n === 1 ? `1 ${what}` : `${n} ${what}s`;
}

/** `2 errors to fix before the request can be created.`, or that it can be (with warnings). */
export function ReviewVerdict({ result, subject, action }: ReviewVerdictProps) {
  const { errors, warnings } = reviewSummary(result);
  if (errors > 0) {
    return (
      <Alert severity="error">
        {count(errors, 'error')} to fix before {subject} can {action}.
      </Alert>
    );
  }
  const Subject = subject.charAt(0).toUpperCase() + subject.slice(1);
  return (
    <Alert severity={warnings > 0 ? 'warning' : 'success'}>
      {Subject} can {action}
      {warnings > 0 && ` (${count(warnings, 'warning')})`}.
    </Alert>
  );
}
