import { Link, useLocation } from 'react-router';
import { useT } from '@/lib/i18n';

/** Page links that keep every other query parameter, so the URL stays the whole state of a list. */
export function Pagination({ page, size, total }: { page: number; size: number; total: number }) {
  const t = useT();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / size));
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search);
    if (p <= 1) params.delete('page');
    else params.set('page', String(p));
    const qs = params.toString();
    return `${location.pathname}${qs ? `?${qs}` : ''}`;
  };
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return (
    <nav className="pagination" aria-label={t('list.pagination')}>
      <p className="pagination-summary">
        {t('list.total', { total })}
        {total > 0 ? <> · {t('list.showing', { from, to })}</> : null}
      </p>
      {pages > 1 ? (
        <ul>
          <li>
            {page > 1 ? (
              <Link to={hrefFor(page - 1)} rel="prev">
                {t('list.prev')}
              </Link>
            ) : (
              <span className="pagination-disabled">{t('list.prev')}</span>
            )}
          </li>
          <li aria-current="page">{t('list.page', { page, pages })}</li>
          <li>
            {page < pages ? (
              <Link to={hrefFor(page + 1)} rel="next">
                {t('list.next')}
              </Link>
            ) : (
              <span className="pagination-disabled">{t('list.next')}</span>
            )}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}
