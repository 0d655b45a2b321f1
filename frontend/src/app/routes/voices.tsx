import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { HistoryList } from '@/features/audit/components/history-list';
import { useVoice } from '@/features/voices/api/voices';
import { ResponseTimesTable } from '@/features/voices/components/response-times';
import { VoiceDetails } from '@/features/voices/components/voice-details';
import { VoiceForm } from '@/features/voices/components/voice-form';
import { VoiceList } from '@/features/voices/components/voice-list';
import { useMe } from '@/lib/auth';
import { hasRole } from '@/lib/authorization';
import { useT } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { crumbs, idRoute, Loaded, MenuPage } from './shared';

/** 地域の声: the list; a liaison or the office may receive a new one. */
export function VoicesRoute() {
  const t = useT();
  const me = useMe();
  const canReceive = hasRole(me.data, ['ADMIN', 'OFFICE', 'LIAISON']);
  return (
    <MenuPage
      title={t('voices.title')}
      actions={
        canReceive ? (
          <Link className="btn btn-primary" to="/voices/new">
            {t('voices.new')}
          </Link>
        ) : null
      }
    >
      <VoiceList />
    </MenuPage>
  );
}

/** 受付: the form on a page of its own; after saving, the new voice's page. */
export function NewVoiceRoute() {
  const t = useT();
  const navigate = useNavigate();
  const districts = useAllDistricts();
  return (
    <Page
      title={t('voices.new')}
      breadcrumbs={crumbs(t, { label: t('voices.title'), to: '/voices' }, { label: t('voices.new') })}
    >
      <Loaded query={districts}>
        {() => <VoiceForm onSaved={(v) => navigate(`/voices/${v.id}`)} onCancel={() => navigate('/voices')} />}
      </Loaded>
    </Page>
  );
}

export const VoiceRoute = idRoute(VoicePage);

function VoicePage({ id }: { id: number }) {
  const t = useT();
  const voice = useVoice(id);
  return (
    <Loaded query={voice}>
      {({ data: v, etag }) => (
        <Page title={v.subject} breadcrumbs={crumbs(t, { label: t('voices.title'), to: '/voices' }, { label: v.subject })}>
          <VoiceDetails voice={v} etag={etag} />
          <Section id="voice-history" title={t('history.title')} className="no-print">
            <HistoryList subject={{ type: 'voice', id }} />
          </Section>
        </Page>
      )}
    </Loaded>
  );
}

/** 回答状況 (office): how quickly sections answer. */
export function VoiceResponseTimesRoute() {
  const t = useT();
  return (
    <MenuPage title={t('figures.title')}>
      <ResponseTimesTable />
    </MenuPage>
  );
}
