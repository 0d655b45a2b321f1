import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import type { BehindReason, InitiativeTag, InitiativeTarget, ProgressStatus } from '../api/types';
import { behindText, statusKeyOf, targetText, type StatusKey } from '../utils/format';
import './plans.css';
import './marks.css';

/** A shape per status, so the chips differ by more than colour even before the text is read. */
const GLYPH: Record<StatusKey, string> = {
  NOT_REPORTED: '–',
  NOT_STARTED: '○',
  IN_PROGRESS: '◐',
  CARRIED_OUT: '●',
  COMPLETED: '✔',
  CONTINUING: '↻',
  DELAYED: '!',
};

/** 進捗の状況 as a coloured chip that always says the status in words (and the year it was reported for). */
export function StatusChip({ status, fiscalYear }: { status: ProgressStatus | undefined; fiscalYear?: number }) {
  const { t, lang } = useI18n();
  const key = statusKeyOf(status);
  return (
    <span className={`status-chip status-${key}`}>
      <span className="status-glyph" aria-hidden="true">
        {GLYPH[key]}
      </span>
      {t(`plan.status.${key}` as MessageKey)}
      {fiscalYear !== undefined && status ? <span className="status-year">（{formatFiscalYear(fiscalYear, lang)}）</span> : null}
    </span>
  );
}

/** 新規 / 充実. */
export function TagChip({ tag }: { tag: InitiativeTag | undefined }) {
  const { t } = useI18n();
  if (!tag) return null;
  return <span className={`tag tag-plan-${tag.toLowerCase()}`}>{t(`plan.tag.${tag}` as MessageKey)}</span>;
}

/** The initiative is behind its targets or milestones (or `label`: a milestone is overdue). */
export function BehindMark({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <span className="behind-mark">
      <span aria-hidden="true">⚠ </span>
      {label ?? t('plan.behind')}
    </span>
  );
}

/** Why an initiative is behind, each reason with the fiscal year it concerns. */
export function BehindReasons({ reasons }: { reasons: BehindReason[] }) {
  const { lang } = useI18n();
  return (
    <ul className="plain-list">
      {reasons.map((r, n) => (
        <li key={n}>
          {behindText(lang, r)}
          {`（${formatFiscalYear(r.fiscalYear, lang)}）`}
        </li>
      ))}
    </ul>
  );
}

/** 【再掲】 */
export function RelistedMark() {
  const { t } = useI18n();
  return <span className="relisted-mark">{t('plan.relisted')}</span>;
}

/** 実施目標 as printed; a target in parentheses enhances a running program, which a screen reader hears in words. */
export function TargetText({ target }: { target: InitiativeTarget }) {
  const { t, lang } = useI18n();
  return (
    <span className="target">
      {targetText(t, lang, target)}
      {target.enhancesExisting ? <span className="visually-hidden">（{t('initiative.enhancesExisting')}）</span> : null}
    </span>
  );
}

export function TargetList({ targets }: { targets: InitiativeTarget[] | undefined }) {
  const list = targets ?? [];
  if (list.length === 0) return null;
  return (
    <span className="targets">
      {list.map((target, i) => (
        <TargetText key={i} target={target} />
      ))}
    </span>
  );
}
