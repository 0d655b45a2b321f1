import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatDateTime, formatFiscalYear } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { FISCAL_MONTHS, useCompensation, useRequestHistory, type CityRequest } from '../api/requests';

export function RequestDetails({ request }: { request: CityRequest }) {
  const { t, lang } = useI18n();
  const kindLabel = useKindLabel();
  const b = request.burden;
  const times = (m: number) => request.schedule.find((s) => s.month === m)?.times ?? 0;
  return (
    <>
      <section aria-labelledby="req-facts">
        <h2 id="req-facts">{t('request.detail.facts')}</h2>
        <dl className="facts">
          <div>
          <dt>{t('request.col.code')}</dt>
          <dd>{request.code}</dd>
          </div>
          <div>
          <dt>{t('request.section')}</dt>
          <dd>{[request.bureauName, request.departmentName, request.sectionName].filter(Boolean).join(' ')}</dd>
          </div>
          <div>
          <dt>{t('request.fiscalYear')}</dt>
          <dd>{request.fiscalYear ? formatFiscalYear(request.fiscalYear, lang) : ''}</dd>
          </div>
          <div>
          <dt>{t('request.kind')}</dt>
          <dd>{t(`request.kind.${request.kind}`)}</dd>
          </div>
          <div>
          <dt>{t('request.ask')}</dt>
          <dd>{request.asks.map((a) => t(`request.ask.${a}`)).join('、')}</dd>
          </div>
          <div>
          <dt>{t('request.form.receiverKinds')}</dt>
          <dd>{request.receiverKinds.map((k) => kindLabel(k)).join('、')}</dd>
          </div>
          <div>
          <dt>{t('request.form.districts')}</dt>
          <dd>
            {request.allDistricts
              ? t('request.form.allDistricts')
              : t('request.detail.districtCount', { count: request.districtIds.length })}
          </dd>
          </div>
          <div>
          <dt>{t('request.form.channel')}</dt>
          <dd>{t(`request.channel.${request.channel}`)}</dd>
          </div>
          <div>
          <dt>{t('request.form.headCount')}</dt>
          <dd>{request.headCount ?? t('form.notSet')}</dd>
          </div>
          <div>
          <dt>{t('request.form.mandatory')}</dt>
          <dd>{request.mandatory ? t('form.yes') : t('form.no')}</dd>
          </div>
          <div>
          <dt>{t('request.form.deadlineDays')}</dt>
          <dd>{request.deadlineDays ?? t('form.notSet')}</dd>
          </div>
          <div>
          <dt>{t('request.status')}</dt>
          <dd>{t(`request.status.${request.status}`)}</dd>
          </div>
          <div>
          <dt>{t('request.decision')}</dt>
          <dd>
            {request.review?.decision ? t(`review.decision.${request.review.decision}` as MessageKey) : t('review.undecided')}
          </dd>
          </div>
        </dl>
        {request.description ? <p>{request.description}</p> : null}
      </section>

      <section aria-labelledby="req-burden">
        <h2 id="req-burden">{t('request.detail.burden')}</h2>
        <dl className="facts">
          <div>
          <dt>{t('request.col.receivers')}</dt>
          <dd>{formatNumber(b.receivingOrganizations, lang)}</dd>
          </div>
          <div>
          <dt>{t('request.detail.occurrences')}</dt>
          <dd>{formatNumber(b.occurrencesPerYear, lang)}</dd>
          </div>
          <div>
          <dt>{t('request.detail.hoursPerOccurrence')}</dt>
          <dd>{formatNumber(b.hoursPerOccurrence, lang)}</dd>
          </div>
          <div>
          <dt>{t('request.col.hoursPerOrganization')}</dt>
          <dd>{formatNumber(b.hoursPerOrganizationPerYear, lang)}</dd>
          </div>
          <div>
          <dt>{t('request.col.annualHours')}</dt>
          <dd>{formatNumber(b.annualHours, lang)}</dd>
          </div>
        </dl>
        <table className="table">
          <caption>{t('request.form.schedule')}</caption>
          <thead>
            <tr>
              {FISCAL_MONTHS.map((m) => (
                <th key={m} scope="col" className="num">
                  {t('request.month', { month: m })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {FISCAL_MONTHS.map((m) => (
                <td key={m} className="num">
                  {times(m)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </section>

      <section aria-labelledby="req-warnings">
        <h2 id="req-warnings">{t('request.detail.warnings')}</h2>
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
      </section>

      {request.id ? <Compensation id={request.id} fiscalYear={request.fiscalYear} /> : null}
      {request.id ? <RequestHistory id={request.id} /> : null}
    </>
  );
}

function Compensation({ id, fiscalYear }: { id: number; fiscalYear: number | undefined }) {
  const { t, lang } = useI18n();
  const comp = useCompensation(id, fiscalYear);
  return (
    <section aria-labelledby="req-comp">
      <h2 id="req-comp">{t('request.detail.compensation')}</h2>
      {comp.isPending ? (
        <Loading />
      ) : comp.isError ? (
        <QueryError error={comp.error} />
      ) : comp.data.decided ? (
        <dl className="facts">
          <div>
          <dt>{t('review.flat')}</dt>
          <dd>{formatNumber(comp.data.formula.flatPerOrganization, lang)}</dd>
          </div>
          <div>
          <dt>{t('review.perHousehold')}</dt>
          <dd>{formatNumber(comp.data.formula.perMemberHousehold, lang)}</dd>
          </div>
          <div>
          <dt>{t('request.detail.compTotal')}</dt>
          <dd>{formatNumber(comp.data.totalYen, lang)}</dd>
          </div>
        </dl>
      ) : (
        <p>{t('request.detail.noCompensation')}</p>
      )}
    </section>
  );
}

function RequestHistory({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const history = useRequestHistory(id);
  return (
    <section aria-labelledby="req-history">
      <h2 id="req-history">{t('request.detail.history')}</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <QueryError error={history.error} />
      ) : history.data.items.length === 0 ? (
        <p>{t('history.none')}</p>
      ) : (
        <ul>
          {history.data.items.map((e) => (
            <li key={e.id}>
              {e.occurredAt ? formatDateTime(e.occurredAt, lang) : ''} {e.actor} {e.action}
              {e.changes.length > 0 ? ` (${e.changes.map((c) => c.field).join(', ')})` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
