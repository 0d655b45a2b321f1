import { useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { RequestForm } from '@/features/requests/components/request-form';
import { useT } from '@/lib/i18n';
import { crumbs } from '../shared';

export function NewRequestRoute() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Page
      title={t('request.new')}
      breadcrumbs={crumbs(t, { label: t('request.listTitle'), to: '/requests' }, { label: t('request.new') })}
    >
      <RequestForm onSaved={(saved) => void navigate(`/requests/${saved.id}`)} />
    </Page>
  );
}
