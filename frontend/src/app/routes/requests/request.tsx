import { Link, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useRequest } from '@/features/requests/api/requests';
import { RequestDetails } from '@/features/requests/components/request-details';
import { ApiError } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { NotFoundRoute } from '../not-found';

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
      title={r.title}
      breadcrumbs={[
        { label: t('nav.home'), to: '/' },
        { label: t('request.listTitle'), to: '/requests' },
        { label: r.title },
      ]}
      actions={
        r.permissions.canEdit ? (
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
