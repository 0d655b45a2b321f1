import { useI18n } from '@/lib/i18n';
import { formatFiscalYearBoth } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { District } from '../api/get-district';
import './district-facts.css';

export function DistrictFacts({ district }: { district: District }) {
  const { t, lang } = useI18n();
  const stats = district.latestStatistics;
  return (
    <dl className="facts">
      <div>
        <dt>{t('district.code')}</dt>
        <dd>{district.code}</dd>
      </div>
      <div>
        <dt>{t('district.name')}</dt>
        <dd>{district.name}</dd>
      </div>
      <div>
        <dt>{t('district.kana')}</dt>
        <dd lang="ja">{district.kana}</dd>
      </div>
      <div>
        <dt>{t('district.ward')}</dt>
        <dd>{district.wardName}</dd>
      </div>
      <div>
        <dt>{t('district.communityHall')}</dt>
        <dd>{district.communityHall ?? t('form.notSet')}</dd>
      </div>
      {stats?.fiscalYear !== undefined ? (
        <>
          <div>
            <dt>
              {t('district.population')}{' '}
              <span className="dt-note">({formatFiscalYearBoth(stats.fiscalYear, lang)})</span>
            </dt>
            <dd>{formatNumber(stats.population, lang)}</dd>
          </div>
          <div>
            <dt>
              {t('district.households')}{' '}
              <span className="dt-note">({formatFiscalYearBoth(stats.fiscalYear, lang)})</span>
            </dt>
            <dd>{formatNumber(stats.households, lang)}</dd>
          </div>
        </>
      ) : null}
      {district.note ? (
        <div className="facts-wide">
          <dt>{t('district.note')}</dt>
          <dd>{district.note}</dd>
        </div>
      ) : null}
    </dl>
  );
}

export function LiaisonList({ district }: { district: District }) {
  const { t } = useI18n();
  const liaisons = district.liaisons ?? [];
  if (liaisons.length === 0) return <p>{t('district.noLiaison')}</p>;
  return (
    <ul className="plain-list">
      {liaisons.map((l) => (
        <li key={l.assignmentId}>{l.displayName}</li>
      ))}
    </ul>
  );
}
