import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { HistoryList } from '@/features/audit/components/history-list';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useDeleteUpwardReport, useUpwardReport } from '@/features/meetings/api/upward-reports';
import { UpwardReportDetails } from '@/features/meetings/components/upward-report-details';
import { UpwardReportForm } from '@/features/meetings/components/upward-report-form';
import { problemMessage } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { parseId } from '@/utils/id';
import { crumbs, idRoute, Loaded } from './shared';

type Notice = { notice?: 'saved' };

/** 報告の登録: `?districtId=` chooses the district beforehand (from the district's page); after saving, the report. */
export function NewUpwardReportRoute() {
  const t = useT();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const districtId = parseId(search.get('districtId') ?? undefined);
  return (
    <Page
      title={t('reports.new')}
      breadcrumbs={crumbs(t, { label: t('reports.title'), to: '/upward-reports' }, { label: t('reports.new') })}
    >
      <UpwardReportForm
        districtId={districtId}
        onSaved={(r) => void navigate(`/upward-reports/${r.id}`, { state: { notice: 'saved' } satisfies Notice })}
        onCancel={() => void navigate(districtId ? `/districts/${districtId}` : '/upward-reports')}
      />
    </Page>
  );
}

export const UpwardReportRoute = idRoute(UpwardReportPage);

function UpwardReportPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const report = useUpwardReport(id);
  const remove = useDeleteUpwardReport(id);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(state.notice === 'saved');
  return (
    <Loaded query={report}>
      {({ data: r, etag }) => (
        <Page
          title={r.title}
          breadcrumbs={crumbs(t, { label: t('reports.title'), to: '/upward-reports' }, { label: r.title })}
          actions={
            r.permissions.canEdit && !editing ? (
              <>
                <Button
                  variant="secondary"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t('form.edit')}
                </Button>
                <Button
                  variant="secondary"
                  onClick={() => {
                    if (window.confirm(t('reports.confirmDelete', { name: r.title }))) {
                      remove.mutate(etag, {
                        onSuccess: () => void navigate('/upward-reports', { state: { notice: 'deleted' } }),
                      });
                    }
                  }}
                >
                  {t('reports.delete')}
                </Button>
              </>
            ) : null
          }
        >
          {saved && !editing ? <Alert tone="success">{t('reports.saved')}</Alert> : null}
          {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
          {editing ? (
            <UpwardReportForm
              key={etag}
              report={r}
              etag={etag}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <UpwardReportDetails report={r} />
          )}
          <Section id="report-history" title={t('history.title')} className="no-print">
            <HistoryList subject={{ type: 'upwardReport', id }} />
          </Section>
        </Page>
      )}
    </Loaded>
  );
}
