import { useT } from '@/lib/i18n';
import type { BuildingOutcome, IncorporationStage } from '../api/join-promotion';
import { outcomeLabel, stageLabel } from '../utils/labels';
import './join-promotion.css';
import '../i18n';

const OUTCOME_TONE: Record<BuildingOutcome, string> = {
  PENDING: 'open',
  BLOCK_JOIN: 'joined',
  INDIVIDUAL: 'joined',
  NEW_ASSOCIATION: 'joined',
  DECLINED: 'declined',
};

/** 協力の結果 as a badge: joined ones green, declined red, still under discussion blue; 未対応 when nobody asked yet. */
export function OutcomeBadge({ outcome, uncontacted = false }: { outcome: BuildingOutcome; uncontacted?: boolean }) {
  const t = useT();
  if (outcome === 'PENDING' && uncontacted) return <span className="jp-badge jp-badge-todo">{t('jp.building.uncontacted')}</span>;
  return <span className={`jp-badge jp-badge-${OUTCOME_TONE[outcome]}`}>{outcomeLabel(t, outcome)}</span>;
}

const STAGE_TONE: Record<IncorporationStage, string> = {
  CONSULTED: 'open',
  PREPARING: 'open',
  APPLIED: 'open',
  APPROVED: 'joined',
  WITHDRAWN: 'plain',
};

/** 認可支援の段階 as a badge: approved green, withdrawn plain, the rest blue. */
export function StageBadge({ stage }: { stage: IncorporationStage }) {
  const t = useT();
  return <span className={`jp-badge jp-badge-${STAGE_TONE[stage]}`}>{stageLabel(t, stage)}</span>;
}
