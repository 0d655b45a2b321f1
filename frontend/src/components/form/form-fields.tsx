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

/** The props a bound field manages (name, error, blur, change) and the form's value, read from the event by `read`. */
function useBound<T extends FieldValues, E>(
  form: FieldHost<T>,
  name: FieldPath<T>,
  onChange: ((e: E) => void) | undefined,
  read: (e: E) => unknown,
) {
  const { field } = useController({ control: form.form.control, name });
  const props = {
    name,
    error: form.fieldError(name),
    onBlur: field.onBlur,
    onChange: (e: E) => {
      field.onChange(read(e));
      onChange?.(e);
    },
  };
  return [props, field.value as unknown] as const;
}

export function FormTextField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof TextField>, Managed>) {
  const [props, value] = useBound(form, name, onChange, (e: ChangeEvent<HTMLInputElement>) => e.target.value);
  return <TextField {...rest} {...props} value={(value as string | undefined) ?? ''} />;
}

export function FormTextAreaField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof TextAreaField>, Managed>) {
  const [props, value] = useBound(form, name, onChange, (e: ChangeEvent<HTMLTextAreaElement>) => e.target.value);
  return <TextAreaField {...rest} {...props} value={(value as string | undefined) ?? ''} />;
}

export function FormSelectField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof SelectField>, Managed>) {
  const [props, value] = useBound(form, name, onChange, (e: ChangeEvent<HTMLSelectElement>) => e.target.value);
  return <SelectField {...rest} {...props} value={String((value as string | number | undefined) ?? '')} />;
}

export function FormCheckboxField<T extends FieldValues>({
  form,
  name,
  onChange,
  ...rest
}: Bound<T> & Omit<ComponentProps<typeof CheckboxField>, Managed>) {
  const [props, value] = useBound(form, name, onChange, (e: ChangeEvent<HTMLInputElement>) => e.target.checked);
  return <CheckboxField {...rest} {...props} checked={!!value} />;
}
