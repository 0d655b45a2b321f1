import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { useSignIn } from '../api/sign-in';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate({ username: username.trim(), password }, { onSuccess: () => onSignedIn() });
  };

  let message: string | null = null;
  if (signIn.error) {
    const status = signIn.error instanceof ApiError ? signIn.error.status : -1;
    // 400 and 401 both mean "these credentials did not work"; the server does not say which part.
    message = status === 401 || status === 400 ? t('signin.failed') : problemMessage(signIn.error, t);
  }

  return (
    <form onSubmit={submit} className="form signin-form" noValidate>
      {message ? <Alert tone="error">{message}</Alert> : null}
      <TextField
        label={t('signin.username')}
        name="username"
        autoComplete="username"
        required
        value={username}
        onChange={(e) => setUsername(e.target.value)}
      />
      <TextField
        label={t('signin.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" disabled={signIn.isPending}>
        {signIn.isPending ? t('signin.submitting') : t('signin.submit')}
      </Button>
    </form>
  );
}
