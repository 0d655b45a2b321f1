import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useMe } from '@/lib/auth';
import { SignInForm } from '@/features/auth/components/signin-form';
import { useT } from '@/lib/i18n';
import './signin.css';

/** Only same-site paths: ?next=https://elsewhere must not turn sign-in into a redirector. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || next.startsWith('/signin')) {
    return '/';
  }
  return next;
}

export function SignInRoute() {
  const t = useT();
  const me = useMe();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const next = safeNext(search.get('next'));
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;

  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={next} replace />;

  return (
    <div className="narrow">
      <Page title={t('signin.title')}>
        <p>{t('signin.lead')}</p>
        {expired ? <Alert tone="warning">{t('signin.expired')}</Alert> : null}
        <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
        <p className="signin-public">
          {t('public.signinLead')} <Link to="/public">{t('public.signinLink')}</Link>
        </p>
      </Page>
    </div>
  );
}
