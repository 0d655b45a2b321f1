import { useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { useRequest } from '@/features/requests/api/requests';
import { RequestForm } from '@/features/requests/components/request-form';
import { useT } from '@/lib/i18n';
import { crumbs, idRoute, Loaded } from '../shared';

export const EditRequestRoute = idRoute(EditRequestPage);

function EditRequestPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const request = useRequest(id);
  return (
    <Loaded query={request}>
      {({ data: r, etag }) => (
        <Page
          title={`${r.title} — ${t('form.edit')}`}
          breadcrumbs={crumbs(
            t,
            { label: t('request.listTitle'), to: '/requests' },
            { label: r.title, to: `/requests/${id}` },
            { label: t('form.edit') },
          )}
        >
          <RequestForm
            key={etag}
            request={r}
            etag={etag}
            onReload={() => void request.refetch()}
            onSaved={() => void navigate(`/requests/${id}`)}
          />
        </Page>
      )}
    </Loaded>
  );
}
