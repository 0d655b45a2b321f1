import { Fact } from '@/components/ui/facts';
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
      <Fact label={t('district.code')}>{district.code}</Fact>
      <Fact label={t('district.name')}>{district.name}</Fact>
      <Fact label={t('district.kana')} lang="ja">
        {district.kana}
      </Fact>
      <Fact label={t('district.ward')}>{district.wardName}</Fact>
      <Fact label={t('district.communityHall')}>{district.communityHall ?? t('form.notSet')}</Fact>
      {stats?.fiscalYear !== undefined
        ? ([
            ['population', stats.population],
            ['households', stats.households],
          ] as const).map(([key, value]) => (
            <Fact
              key={key}
              label={
                <>
                  {t(`district.${key}`)} <span className="dt-note">({formatFiscalYearBoth(stats.fiscalYear, lang)})</span>
                </>
              }
            >
              {formatNumber(value, lang)}
            </Fact>
          ))
        : null}
      {district.note ? (
        <Fact label={t('district.note')} wide>
          {district.note}
        </Fact>
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
