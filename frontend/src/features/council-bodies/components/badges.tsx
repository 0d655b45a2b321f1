import { useI18n } from '@/lib/i18n';
import { formatNumber } from '@/utils/format';
import type { AttendanceFigures } from '../api/council-bodies';
import './council-bodies.css';
import '../i18n';

/** 定足数 成立 / 不成立 in words (never by colour alone); nothing when the body has no quorum. */
export function QuorumBadge({ figures }: { figures: AttendanceFigures | undefined }) {
  const { t } = useI18n();
  if (!figures) return <span className="council-badge council-badge-none">{t('council.attendance.notRecorded')}</span>;
  if (figures.quorumMet === null) return <span className="council-badge council-badge-none">{t('council.figures.noQuorumShort')}</span>;
  return figures.quorumMet ? (
    <span className="council-badge council-badge-met">{t('council.quorumMet')}</span>
  ) : (
    <span className="council-badge council-badge-short">{t('council.quorumNotMet')}</span>
  );
}

/** 欠員 n, marked when there is one; なし otherwise. */
export function VacancyBadge({ vacant }: { vacant: number }) {
  const { t, lang } = useI18n();
  if (vacant <= 0) return <span>{t('council.noVacancy')}</span>;
  return <span className="council-badge council-badge-vacant">{t('council.vacantN', { n: formatNumber(vacant, lang) })}</span>;
}
