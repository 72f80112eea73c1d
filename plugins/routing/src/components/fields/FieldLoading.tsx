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
  /** True while the options load; once false, the field says why there are none. */
  loading: boolean;
  /** The load's error, when it failed. */
  error?: Error;
}

/** A picker's field while its options load, or when they could not be loaded. */
export function FieldLoading(props: FieldLoadingProps) {
  const { field, title, what, loading, error } = props;
  return (
    <FieldFrame field={field} title={title}>
      {loading ? (
        <>
          <LinearProgress />
          <Typography color="textSecondary">Looking for {what}…</Typography>
        </>
      ) : (
        <Alert severity="error">
          Could not load {what}:{' '}
          {error?.message ??
            'the routing backend gave no answer; reload the page to ask again'}
        </Alert>
      )}
    </FieldFrame>
  );
}
