import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { DownloadButtons } from '@/components/ui/download-buttons';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useMe } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';
import { exportFileName } from '@/features/exports/api/get-export';
import { exportRequests, useRequest } from '@/features/requests/api/requests';
import { RequestDetails } from '@/features/requests/components/request-details';
import { RequestForm } from '@/features/requests/components/request-form';
import { readRequestParams, RequestList } from '@/features/requests/components/request-list';
import { ApiError } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { parseId } from './district';
import { NotFoundRoute } from './not-found';

/** Who may write requests: the office, admins and a department user with a section. */
function useCanWrite(): boolean {
  const me = useMe();
  return hasRole(me.data, OFFICE_ROLES) || (me.data?.role === 'DEPARTMENT' && me.data.sectionId !== undefined);
}

export function RequestsRoute() {
  const t = useT();
  const [search] = useSearchParams();
  const { page: _page, size: _size, sort: _sort, ...filter } = readRequestParams(search);
  const canWrite = useCanWrite();
  return (
    <Page
      title={t('request.listTitle')}
      breadcrumbs={[{ label: t('nav.home'), to: '/' }, { label: t('request.listTitle') }]}
      actions={
        <>
          {canWrite ? (
            <Link className="btn btn-primary" to="/requests/new">
              {t('request.new')}
            </Link>
          ) : null}
          <DownloadButtons
            label={t('request.export')}
            download={(format) => exportRequests(filter, format)}
            fallbackName={(format) => exportFileName('city-requests', format)}
          />
        </>
      }
    >
      <RequestList />
    </Page>
  );
}

export function NewRequestRoute() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Page
      title={t('request.new')}
      breadcrumbs={[
        { label: t('nav.home'), to: '/' },
        { label: t('request.listTitle'), to: '/requests' },
        { label: t('request.new') },
      ]}
    >
      <RequestForm onSaved={(saved) => void navigate(`/requests/${saved.id}`)} />
    </Page>
  );
}

export function RequestRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <RequestPage key={id} id={id} />;
}

function RequestPage({ id }: { id: number }) {
  const t = useT();
  const request = useRequest(id);
  if (request.isPending) return <Loading />;
  if (request.isError) {
    if (request.error instanceof ApiError && request.error.status === 404) return <NotFoundRoute />;
    return <QueryError error={request.error} onRetry={() => void request.refetch()} />;
  }
  const r = request.data.data;
  return (
    <Page
      title={r.title ?? ''}
      breadcrumbs={[
        { label: t('nav.home'), to: '/' },
        { label: t('request.listTitle'), to: '/requests' },
        { label: r.title ?? '' },
      ]}
      actions={
        r.permissions?.canEdit ? (
          <Link className="btn btn-secondary" to={`/requests/${id}/edit`}>
            {t('form.edit')}
          </Link>
        ) : null
      }
    >
      <RequestDetails request={r} />
    </Page>
  );
}

export function EditRequestRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <EditRequestPage key={id} id={id} />;
}

function EditRequestPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const request = useRequest(id);
  if (request.isPending) return <Loading />;
  if (request.isError) {
    if (request.error instanceof ApiError && request.error.status === 404) return <NotFoundRoute />;
    return <QueryError error={request.error} onRetry={() => void request.refetch()} />;
  }
  const r = request.data.data;
  return (
    <Page
      title={`${r.title ?? ''} — ${t('form.edit')}`}
      breadcrumbs={[
        { label: t('nav.home'), to: '/' },
        { label: t('request.listTitle'), to: '/requests' },
        { label: r.title ?? '', to: `/requests/${id}` },
        { label: t('form.edit') },
      ]}
    >
      <RequestForm
        key={request.data.etag}
        request={r}
        etag={request.data.etag}
        onReload={() => void request.refetch()}
        onSaved={() => void navigate(`/requests/${id}`)}
      />
    </Page>
  );
}
