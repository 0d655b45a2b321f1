import { z } from 'zod';
import { SubmitButton } from '@/components/form/form-actions';
import { FormTextField } from '@/components/form/form-fields';
import { Alert } from '@/components/ui/alert';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useVersionedForm } from '@/lib/forms';
import { useT } from '@/lib/i18n';
import { useSignIn } from '../api/sign-in';

const schema = z.object({ username: z.string().transform((v) => v.trim()), password: z.string() });

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const signIn = useSignIn();
  const vf = useVersionedForm({
    schema,
    defaultValues: { username: '', password: '' },
    submit: (credentials) => signIn.mutateAsync(credentials),
    onSaved: () => onSignedIn(),
    // The server does not say which part of the credentials was wrong, and the form does not guess.
    fieldOf: () => '',
  });

  let message: string | null = null;
  if (vf.failure) {
    const status = vf.failure instanceof ApiError ? vf.failure.status : -1;
    // 400 and 401 both mean "these credentials did not work"; the server does not say which part.
    message = status === 401 || status === 400 ? t('signin.failed') : problemMessage(vf.failure, t);
  }

  return (
    <form {...vf.formProps} className="form signin-form">
      {message ? <Alert tone="error">{message}</Alert> : null}
      <FormTextField form={vf} name="username" label={t('signin.username')} autoComplete="username" required />
      <FormTextField
        form={vf}
        name="password"
        label={t('signin.password')}
        type="password"
        autoComplete="current-password"
        required
      />
      <SubmitButton saving={vf.saving} label={t('signin.submit')} savingLabel={t('signin.submitting')} />
    </form>
  );
}
