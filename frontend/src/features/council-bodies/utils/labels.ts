import { enumLabel, type Lang, type TFunction } from '@/lib/i18n';
import { formatNumber } from '@/utils/format';
import type {
  AttendanceFigures,
  AttendanceStatus,
  BodySide,
  CouncilBodyKind,
  Member,
  QuorumRule,
  SeatFilling,
} from '../api/council-bodies';

/*
 * The words of the council bodies' codes: a kind, a side, a quorum rule, how a seat is filled, an attendance. A code
 * this UI does not know yet is shown as it comes (enumLabel) rather than hidden.
 */

export const bodyKindLabel = (t: TFunction, kind: CouncilBodyKind) => enumLabel(t, 'council.kind', kind);
export const sideLabel = (t: TFunction, side: BodySide) => enumLabel(t, 'council.side', side);
export const fillingLabel = (t: TFunction, filling: SeatFilling) => enumLabel(t, 'council.filling', filling);
export const statusLabel = (t: TFunction, status: AttendanceStatus | undefined) =>
  status ? enumLabel(t, 'council.status', status) : t('council.status.none');

/** 過半数（委任状を出席に含む）, 定足数の定めなし. */
export function quorumLabel(t: TFunction, quorum: QuorumRule, proxiesCount: boolean): string {
  const rule = enumLabel(t, 'council.quorum', quorum);
  return quorum !== 'NONE' && proxiesCount ? t('council.quorumWithProxies', { rule }) : rule;
}

/** 「構成員 14名・出席 10・委任状 2・欠席 2」 (and 未記録 when some are). */
export function figuresText(f: AttendanceFigures, t: TFunction, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  const parts = [
    t('council.figures.members', { n: n(f.membersOnDay) }),
    t('council.figures.present', { n: n(f.present) }),
    t('council.figures.proxy', { n: n(f.proxy) }),
    t('council.figures.absent', { n: n(f.absent) }),
  ];
  if (f.unrecorded > 0) parts.push(t('council.figures.unrecorded', { n: n(f.unrecorded) }));
  return parts.join(t('council.figures.sep'));
}

/** 「定足数 8（過半数・委任状を含む）」, or that the body has none; whether it was met is the badge's. */
export function quorumText(f: AttendanceFigures, quorum: QuorumRule, proxiesCount: boolean, t: TFunction, lang: Lang): string {
  if (f.quorumRequired === null || quorum === 'NONE') return t('council.figures.noQuorum');
  const rule = enumLabel(t, 'council.quorum', quorum);
  return t('council.figures.quorum', {
    n: formatNumber(f.quorumRequired, lang),
    rule: proxiesCount ? t('council.figures.ruleWithProxies', { rule }) : rule,
  });
}

/** A member's name, or that the caller may not read it. */
export function personName(m: Pick<Member, 'personName' | 'personalDataVisible'>, t: TFunction): string {
  return m.personalDataVisible && m.personName ? m.personName : t('council.hiddenName');
}

/** The district or organization a member represents (both when both are recorded). */
export function representing(m: Pick<Member, 'districtName' | 'organizationName'>, t: TFunction): string {
  if (m.districtName && m.organizationName) return t('council.representingBoth', { district: m.districtName, organization: m.organizationName });
  return m.districtName ?? m.organizationName ?? '—';
}
