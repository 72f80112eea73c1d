import { useState, type ComponentType } from 'react';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';

/** Props of {@link FieldHarness}. */
export interface FieldHarnessProps<T> {
  /** The field under test. */
  Field: ComponentType<FieldExtensionComponentProps<T, any>>;
  /** The field's parameter name in the form. */
  name: string;
  /** The other values of the form. */
  form?: Record<string, unknown>;
  /** The field's value to start with. */
  initial?: T;
  uiOptions?: Record<string, unknown>;
  title?: string;
  /** Sees every value the field sets. */
  onChange?: (value: T | undefined) => void;
}

/**
 * Renders a field the way the scaffolder does: its value in `formData`, the whole form in
 * `formContext.formData`, and each change written back to both.
 */
export function FieldHarness<T>(props: FieldHarnessProps<T>) {
  const { Field, name, form = {}, initial, uiOptions, title, onChange } = props;
  const [value, setValue] = useState<T | undefined>(initial);
  const fieldProps = {
    name,
    formData: value,
    formContext: { formData: { ...form, [name]: value } },
    onChange: (next: T | undefined) => {
      setValue(next);
      onChange?.(next);
    },
    schema: { title },
    uiSchema: uiOptions ? { 'ui:options': uiOptions } : {},
    idSchema: { $id: `root_${name}` },
    rawErrors: [],
    required: false,
    disabled: false,
  } as unknown as FieldExtensionComponentProps<T, any>;
  return <Field {...fieldProps} />;
}
