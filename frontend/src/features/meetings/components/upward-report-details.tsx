import { Link } from 'react-router';
import { Fact } from '@/components/ui/facts';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import type { UpwardReport } from '../api/upward-reports';

/** 校区からの報告: what came in, from whom, when, and where it went. */
export function UpwardReportDetails({ report: r }: { report: UpwardReport }) {
  const { t, lang } = useI18n();
  return (
    <dl className="facts">
      <Fact label={t('reports.type')}>{t(`reports.type.${r.type}` as MessageKey)}</Fact>
      <Fact label={t('request.district')}>
        <Link to={`/districts/${r.districtId}`}>{r.districtName}</Link>
      </Fact>
      <Fact label={t('reports.organization')}>
        {r.organizationId ? <Link to={`/organizations/${r.organizationId}`}>{r.organizationName}</Link> : t('form.notSet')}
      </Fact>
      <Fact label={t('reports.receivedOn')}>{formatWarekiDate(r.receivedOn, lang)}</Fact>
      <Fact label={t('request.fiscalYear')}>{formatFiscalYear(r.fiscalYear, lang)}</Fact>
      <Fact label={t('reports.section')}>{r.sectionName ?? t('form.notSet')}</Fact>
      {r.url ? (
        <Fact label={t('reports.url')} wide>
          <a href={r.url} target="_blank" rel="noopener noreferrer">
            {r.url}
            <span className="visually-hidden">{t('app.newWindow')}</span>
          </a>
        </Fact>
      ) : null}
      {r.note ? (
        <Fact label={t('reports.note')} wide>
          {r.note}
        </Fact>
      ) : null}
    </dl>
  );
}
