import type { ChangeEvent, ComponentProps } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { CheckboxField, SelectField, TextAreaField, TextField } from '@/components/ui/field';

/** What a bound field needs of a versioned form (whatever its schema's output type). */
export type FieldHost<T extends FieldValues> = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the output type does not matter to a field
  form: { control: Control<T, any, any> };
  fieldError: (name: string) => string | undefined;
};
type Bound<T extends FieldValues> = { form: FieldHost<T>; name: FieldPath<T> };
type Managed = 'name' | 'value' | 'checked' | 'error' | 'onBlur' | 'form';

/*
 * The fields of components/ui bound to a versioned form by name: the value is the form's, the error the form's
 * (client rule or server), so a server error on `contact.email` appears next to that field. An onChange given
 * here runs after the form has the new value.
 */

export function FormTextField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof TextField>, Managed>) {
  const { field } = useController({ control: form.form.control, name });
  return (
    <TextField
      {...rest}
      name={name}
      value={(field.value as string | undefined) ?? ''}
      error={form.fieldError(name)}
      onBlur={field.onBlur}
      onChange={(e: ChangeEvent<HTMLInputElement>) => {
        field.onChange(e.target.value);
        onChange?.(e);
      }}
    />
  );
}

export function FormTextAreaField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof TextAreaField>, Managed>) {
  const { field } = useController({ control: form.form.control, name });
  return (
    <TextAreaField
      {...rest}
      name={name}
      value={(field.value as string | undefined) ?? ''}
      error={form.fieldError(name)}
      onBlur={field.onBlur}
      onChange={(e: ChangeEvent<HTMLTextAreaElement>) => {
        field.onChange(e.target.value);
        onChange?.(e);
      }}
    />
  );
}

export function FormSelectField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof SelectField>, Managed>) {
  const { field } = useController({ control: form.form.control, name });
  return (
    <SelectField
      {...rest}
      name={name}
      value={String((field.value as string | number | undefined) ?? '')}
      error={form.fieldError(name)}
      onBlur={field.onBlur}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => {
        field.onChange(e.target.value);
        onChange?.(e);
      }}
    />
  );
}

export function FormCheckboxField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof CheckboxField>, Managed>) {
  const { field } = useController({ control: form.form.control, name });
  return (
    <CheckboxField
      {...rest}
      name={name}
      checked={!!field.value}
      error={form.fieldError(name)}
      onBlur={field.onBlur}
      onChange={(e: ChangeEvent<HTMLInputElement>) => {
        field.onChange(e.target.checked);
        onChange?.(e);
      }}
    />
  );
}
