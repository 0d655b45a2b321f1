import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { DataTable } from '@/components/ui/data-table';
import { Fact } from '@/components/ui/facts';
import { QueryState } from '@/components/ui/query-state';
import { ApiError } from '@/lib/api-error';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import { useWards } from '@/lib/reference-data/wards';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { FISCAL_MONTHS, useCompensation, type CityRequest } from '../api/requests';
import { RequestHistory } from './request-history';

export function RequestDetails({ request }: { request: CityRequest }) {
  const { t, lang } = useI18n();
  const kindLabel = useKindLabel();
  const wards = useWards();
  const sep = lang === 'ja' ? '、' : ', ';
  const wardNames = request.wardIds.map(
    (id) => t('request.detail.wholeWard', { name: wards.data?.find((w) => w.id === id)?.name ?? t('history.unnamed') }),
  );
  const b = request.burden;
  const times = (m: number) => request.schedule.find((s) => s.month === m)?.times ?? 0;
  return (
    <>
      <Section id="req-facts" title={t('request.detail.facts')}>
        <dl className="facts">
          <Fact label={t('request.col.code')}>{request.code}</Fact>
          <Fact label={t('request.section')}>
            {[request.bureauName, request.departmentName, request.sectionName].filter(Boolean).join(' ')}
          </Fact>
          <Fact label={t('request.fiscalYear')}>{request.fiscalYear ? formatFiscalYear(request.fiscalYear, lang) : ''}</Fact>
          <Fact label={t('request.kind')}>{t(`request.kind.${request.kind}`)}</Fact>
          <Fact label={t('request.ask')}>{request.asks.map((a) => t(`request.ask.${a}`)).join('、')}</Fact>
          <Fact label={t('request.form.receiverKinds')}>{request.receiverKinds.map((k) => kindLabel(k)).join('、')}</Fact>
          <Fact label={t('request.form.districts')}>
            {request.allDistricts
              ? t('request.form.allDistricts')
              : [
                  ...wardNames,
                  ...(request.districtIds.length > 0
                    ? [t('request.detail.districtCount', { count: request.districtIds.length })]
                    : []),
                ].join(sep)}
          </Fact>
          <Fact label={t('request.form.channel')}>{t(`request.channel.${request.channel}`)}</Fact>
          <Fact label={t('request.form.headCount')}>{request.headCount ?? t('form.notSet')}</Fact>
          <Fact label={t('request.form.mandatory')}>{request.mandatory ? t('form.yes') : t('form.no')}</Fact>
          <Fact label={t('request.form.deadlineDays')}>{request.deadlineDays ?? t('form.notSet')}</Fact>
          <Fact label={t('request.status')}>{t(`request.status.${request.status}`)}</Fact>
          <Fact label={t('request.decision')}>
            {request.review?.decision ? t(`review.decision.${request.review.decision}` as MessageKey) : t('review.undecided')}
          </Fact>
        </dl>
        {request.description ? <p>{request.description}</p> : null}
      </Section>

      <Section id="req-burden" title={t('request.detail.burden')}>
        <dl className="facts">
          <Fact label={t('request.col.receivers')}>{formatNumber(b.receivingOrganizations, lang)}</Fact>
          <Fact label={t('request.detail.occurrences')}>{formatNumber(b.occurrencesPerYear, lang)}</Fact>
          <Fact label={t('request.detail.hoursPerOccurrence')}>{formatNumber(b.hoursPerOccurrence, lang)}</Fact>
          <Fact label={t('request.col.hoursPerOrganization')}>{formatNumber(b.hoursPerOrganizationPerYear, lang)}</Fact>
          <Fact label={t('request.col.annualHours')}>{formatNumber(b.annualHours, lang)}</Fact>
        </dl>
        <DataTable
          label={t('request.form.schedule')}
          showCaption
          rows={[request]}
          rowKey={() => 'schedule'}
          columns={FISCAL_MONTHS.map((m) => ({
            key: String(m),
            header: t('request.month', { month: m }),
            num: true,
            cell: () => times(m),
          }))}
        />
      </Section>

      <Section id="req-warnings" title={t('request.detail.warnings')}>
        {request.warnings.length === 0 ? (
          <p>{t('request.detail.noWarnings')}</p>
        ) : (
          <ul>
            {request.warnings.map((w, i) => (
              <li key={i}>
                <strong>{t(`request.warning.${w.rule}` as MessageKey)}</strong>: {lang === 'en' ? w.messageEn : w.messageJa}
                {w.otherRequestId ? (
                  <>
                    {' '}
                    (<Link to={`/requests/${w.otherRequestId}`}>{t('request.detail.otherRequest')}</Link>)
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {request.id ? (
        <Compensation
          id={request.id}
          fiscalYear={request.fiscalYear}
          decided={request.review?.decision === 'COMPENSATE'}
        />
      ) : null}
      {request.id ? <RequestHistory id={request.id} /> : null}
    </>
  );
}

/**
 * 謝礼: the amounts of a COMPENSATE decision. A request without one has no compensation — a plain statement, not a
 * failed load (the API answers 404 then, so it is not asked at all, and a 404 that still comes reads the same).
 */
function Compensation({ id, fiscalYear, decided }: { id: number; fiscalYear: number | undefined; decided: boolean }) {
  const { t, lang } = useI18n();
  const comp = useCompensation(id, decided ? fiscalYear : undefined);
  const none = !decided || (comp.error instanceof ApiError && comp.error.status === 404);
  return (
    <Section id="req-comp" title={t('request.detail.compensation')}>
      {none ? (
        <p data-testid="no-compensation">{t('request.detail.noCompensation')}</p>
      ) : (
        <QueryState query={comp} retry={false} isEmpty={(c) => !c.decided} empty={t('request.detail.noCompensation')}>
          {(c) => (
            <dl className="facts">
              <Fact label={t('review.flat')}>{formatNumber(c.formula.flatPerOrganization, lang)}</Fact>
              <Fact label={t('review.perHousehold')}>{formatNumber(c.formula.perMemberHousehold, lang)}</Fact>
              <Fact label={t('request.detail.compTotal')}>{formatNumber(c.totalYen, lang)}</Fact>
            </dl>
          )}
        </QueryState>
      )}
    </Section>
  );
}
