import { Link } from 'react-router';
import { Page } from '@/components/layout/page';
import { RequestAgendaItems } from '@/features/meetings/components/request-agenda-items';
import { useRequest } from '@/features/requests/api/requests';
import { RequestDetails } from '@/features/requests/components/request-details';
import { useT } from '@/lib/i18n';
import { crumbs, idRoute, Loaded } from '../shared';

export const RequestRoute = idRoute(RequestPage);

function RequestPage({ id }: { id: number }) {
  const t = useT();
  const request = useRequest(id);
  return (
    <Loaded query={request}>
      {({ data: r }) => (
        <Page
          title={r.title}
          breadcrumbs={crumbs(t, { label: t('request.listTitle'), to: '/requests' }, { label: r.title })}
          actions={
            r.permissions.canEdit ? (
              <Link className="btn btn-secondary" to={`/requests/${id}/edit`}>
                {t('form.edit')}
              </Link>
            ) : null
          }
        >
          <RequestDetails request={r} />
          <RequestAgendaItems requestId={id} />
        </Page>
      )}
    </Loaded>
  );
}
