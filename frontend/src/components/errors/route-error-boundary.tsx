import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n';
import { reportClientError } from '@/lib/report-error';
import './route-error-boundary.css';

type BoundaryProps = { resetKey: string; children: ReactNode; home: string };
type BoundaryState = { failed: false } | { failed: true; outdated: boolean };

/**
 * A page's module that could not be fetched: after a deploy, the chunks this tab's index.html names are gone from the
 * server (their hashes changed), or the network dropped. Browsers word it differently (Chromium, Firefox, Safari);
 * Vite's preloading of a page's CSS throws its own.
 */
const MODULE_LOAD_FAILED =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isModuleLoadError(error: unknown): boolean {
  return error instanceof Error && MODULE_LOAD_FAILED.test(error.message);
}

/** Catches what a page throws while rendering, so the frame (header, menu) stays and the person has a way out. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: true, outdated: isModuleLoadError(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // A module that did not load is a deploy or the network, not a bug to chase in the log.
    if (!isModuleLoadError(error)) reportClientError(error, info.componentStack);
  }

  override componentDidUpdate(prev: BoundaryProps): void {
    // Going to another page tries again.
    if (prev.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.state.outdated ? <PageOutdated /> : <PageError home={this.props.home} />;
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
 * React.lazy keeps a failed import, so going to another page cannot help: only loading the page again (with the
 * current index.html and the chunks it names) does.
 */
function PageOutdated() {
  const t = useT();
  return (
    <section className="page-error" aria-labelledby="page-error-title" role="alert">
      <h1 id="page-error-title">{t('pageError.outdatedTitle')}</h1>
      <p>{t('pageError.outdatedLead')}</p>
      <div className="page-error__actions">
        <Button onClick={() => window.location.reload()}>{t('pageError.reload')}</Button>
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
