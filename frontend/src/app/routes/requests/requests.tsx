import { Link, useSearchParams } from 'react-router';
import { DownloadButtons } from '@/components/ui/download-buttons';
import { exportFileName } from '@/features/exports/api/get-export';
import { exportRequests } from '@/features/requests/api/requests';
import { readRequestParams, RequestList } from '@/features/requests/components/request-list';
import { useI18n } from '@/lib/i18n';
import { MenuPage } from '../shared';
import { useCanWrite } from './can-write';

export function RequestsRoute() {
  const { t, lang } = useI18n();
  const [search] = useSearchParams();
  const { page: _page, size: _size, sort: _sort, ...filter } = readRequestParams(search);
  const canWrite = useCanWrite();
  return (
    <MenuPage
      title={t('request.listTitle')}
      actions={
        <>
          {canWrite ? (
            <Link className="btn btn-primary" to="/requests/new">
              {t('request.new')}
            </Link>
          ) : null}
          <DownloadButtons
            label={t('request.export')}
            download={(format) => exportRequests(filter, format, lang)}
            fallbackName={(format) => exportFileName('city-requests', format)}
          />
        </>
      }
    >
      <RequestList />
    </MenuPage>
  );
}
