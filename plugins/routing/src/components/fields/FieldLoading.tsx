import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { FieldFrame } from './FieldFrame';

/** Props of {@link FieldLoading}. */
export interface FieldLoadingProps {
  /** The props the scaffolder gave the field. */
  field: FieldExtensionComponentProps<any, any>;
  title: string;
  /** What is being loaded, in words: "the Services of component:default/reviews". */
  what: string;
  /** The load's error; without one the field is still loading. */
  error?: Error;
}

/** A picker's field while its options load, or when they could not be loaded. */
export function FieldLoading(props: FieldLoadingProps) {
  const { field, title, what, error } = props;
  return (
    <FieldFrame field={field} title={title}>
      {error ? (
        <Alert severity="error">
          Could not load {what}: {error.message}
        </Alert>
      ) : (
        <>
          <LinearProgress />
          <Typography color="textSecondary">Looking for {what}…</Typography>
        </>
      )}
    </FieldFrame>
  );
}
