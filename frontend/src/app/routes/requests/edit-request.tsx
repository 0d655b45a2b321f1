import { useNavigate, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useRequest } from '@/features/requests/api/requests';
import { RequestForm } from '@/features/requests/components/request-form';
import { ApiError } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';

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
      title={`${r.title} — ${t('form.edit')}`}
      breadcrumbs={[
        { label: t('nav.home'), to: '/' },
        { label: t('request.listTitle'), to: '/requests' },
        { label: r.title, to: `/requests/${id}` },
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
