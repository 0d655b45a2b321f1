import { useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { RequestForm } from '@/features/requests/components/request-form';
import { useT } from '@/lib/i18n';

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
