import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { FieldFrame } from './FieldFrame';

/** Props of {@link FieldHint}. */
export interface FieldHintProps {
  /** The props the scaffolder gave the field. */
  field: FieldExtensionComponentProps<any, any>;
  title: string;
  /** Why there is nothing to pick yet, and what to do first. */
  children: ReactNode;
}

/** A picker's field that has nothing to pick yet, with a line that says why. */
export function FieldHint(props: FieldHintProps) {
  const { field, title, children } = props;
  return (
    <FieldFrame field={field} title={title}>
      <Typography color="textSecondary">{children}</Typography>
    </FieldFrame>
  );
}
