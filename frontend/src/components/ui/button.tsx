import type { ComponentPropsWithRef } from 'react';

type Props = ComponentPropsWithRef<'button'> & { variant?: 'primary' | 'secondary' | 'link' };

export function Button({ variant = 'primary', className, type = 'button', ...rest }: Props) {
  return <button type={type} className={['btn', `btn-${variant}`, className].filter(Boolean).join(' ')} {...rest} />;
}
