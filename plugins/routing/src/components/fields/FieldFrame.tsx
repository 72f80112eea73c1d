import type { ReactNode } from 'react';
import Typography from '@material-ui/core/Typography';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { ScaffolderField } from '@backstage/plugin-scaffolder-react/alpha';

/** Props of {@link FieldFrame}. */
export interface FieldFrameProps {
  /** The props the scaffolder gave the field. */
  field: FieldExtensionComponentProps<any, any>;
  /** A heading, for fields whose content has no label of its own (lists, reviews). */
  title?: string;
  children: ReactNode;
}

/**
 * Frames a field's content as the scaffolder frames its own fields: the schema's
 * description (markdown), the errors of its validation, the required and disabled state.
 */
export function FieldFrame(props: FieldFrameProps) {
  const { field, title, children } = props;
  return (
    <ScaffolderField
      rawErrors={field.rawErrors}
      rawDescription={
        field.uiSchema?.['ui:description'] ?? field.schema.description
      }
      required={field.required}
      disabled={field.disabled}
      errors={field.errors}
    >
      {title && (
        <Typography variant="subtitle1" component="h3">
          {title}
          {field.required ? ' *' : ''}
        </Typography>
      )}
      {children}
    </ScaffolderField>
  );
}
