import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n';
import { reportClientError } from '@/lib/report-error';
import './route-error-boundary.css';

type BoundaryProps = { resetKey: string; children: ReactNode; home: string };
type BoundaryState = { failed: boolean };

/** Catches what a page throws while rendering, so the frame (header, menu) stays and the person has a way out. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    reportClientError(error, info.componentStack);
  }

  override componentDidUpdate(prev: BoundaryProps): void {
    // Going to another page tries again.
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <PageError home={this.props.home} /> : this.props.children;
  }
}

function PageError({ home }: { home: string }) {
  const t = useT();
  return (
    <section className="page-error" aria-labelledby="page-error-title">
      <h1 id="page-error-title">{t('pageError.title')}</h1>
      <p>{t('pageError.lead')}</p>
      <div className="page-error__actions">
        <Button variant="secondary" onClick={() => window.history.back()}>
          {t('pageError.back')}
        </Button>
        <Button variant="secondary" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </Button>
        <Link to={home}>{t('pageError.home')}</Link>
      </div>
    </section>
  );
}

/**
 * Wraps a layout's page outlet: an error in one record's page shows a message in Japanese (or English) with the way
 * back, reports the error to the server's log, and clears when the person goes to another page.
 */
export function RouteErrorBoundary({ children, home = '/' }: { children: ReactNode; home?: string }) {
  const location = useLocation();
  return (
    <Boundary resetKey={location.pathname} home={home}>
      {children}
    </Boundary>
  );
}
