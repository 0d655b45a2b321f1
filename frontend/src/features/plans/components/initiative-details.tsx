import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Fact } from '@/components/ui/facts';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import type { InitiativeDetail } from '../api/types';
import { statusLabel } from '../utils/format';
import { Evaluations } from './initiative-evaluations';
import { Milestones } from './initiative-milestones';
import { ProgressReports } from './initiative-progress-reports';
import { Timeline } from './initiative-timeline';
import { BehindMark, BehindReasons, RelistedMark, StatusChip, TagChip, TargetText } from './marks';
import './plans.css';
import './initiative-details.css';

/**
 * 取り組み: what the plan says (points, targets, notes, sections, where it is placed, milestones) and what has
 * happened since (why it is behind, progress reports, the committee's evaluations, the timeline).
 */
export function InitiativeDetails({
  initiative,
  canWrite,
  canReadEvaluations,
}: {
  initiative: InitiativeDetail;
  canWrite: boolean;
  canReadEvaluations: boolean;
}) {
  const { t, lang } = useI18n();
  const i = initiative;
  const reasons = i.behindReasons;
  return (
    <>
      <div className="initiative-marks">
        {i.path ? <span className="plan-code">{i.path}</span> : null}
        <TagChip tag={i.tag} />
        <StatusChip status={i.status} fiscalYear={i.statusFiscalYear} />
        {i.behind ? <BehindMark /> : null}
      </div>

      {reasons.length > 0 ? (
        <Alert tone="warning" title={t('initiative.behindTitle')}>
          <BehindReasons reasons={reasons} />
        </Alert>
      ) : null}

      <Section id="ini-facts" title={t('initiative.facts')}>
        <dl className="facts">
          <Fact label={t('initiative.path')}>{i.path || '—'}</Fact>
          <Fact label={t('initiative.refKey')}>{i.refKey}</Fact>
          <Fact label={t('initiative.tag')}>{i.tag ? t(`plan.tag.${i.tag}` as MessageKey) : t('initiative.noTag')}</Fact>
          <Fact label={t('initiative.sections')}>
            {i.sectionNames.length > 0 ? i.sectionNames.join('、') : t('form.notSet')}
          </Fact>
          <Fact label={t('initiative.status')}>
            {statusLabel(t, i.status)}
            {i.status && i.statusFiscalYear !== undefined ? `（${formatFiscalYear(i.statusFiscalYear, lang)}）` : ''}
          </Fact>
        </dl>
      </Section>

      {i.points.length > 0 ? (
        <Section id="ini-points" title={t('initiative.points')}>
          <TextList items={i.points} />
        </Section>
      ) : null}

      <Section id="ini-targets" title={t('initiative.targets')}>
        {i.targets.length === 0 ? (
          <p>{t('initiative.noTargets')}</p>
        ) : (
          <>
            <ul className="plain-list">
              {i.targets.map((target, n) => (
                <li key={n}>
                  <TargetText target={target} />
                </li>
              ))}
            </ul>
            {i.targets.some((x) => x.enhancesExisting) ? <p className="field-hint">{t('initiative.targetsHint')}</p> : null}
          </>
        )}
      </Section>

      {i.notes.length > 0 ? (
        <Section id="ini-notes" title={t('initiative.notes')}>
          <TextList items={i.notes} />
        </Section>
      ) : null}

      <Section id="ini-placements" title={t('initiative.placements')}>
        <ul className="plain-list">
          {i.placementList.map((p) => (
            <li key={p.nodeId}>
              <span className="plan-code">{p.path}</span> {p.titles.join(' › ')} {p.relisted ? <RelistedMark /> : null}
            </li>
          ))}
        </ul>
        <p>
          <Link to={`/plans/${i.planId}`}>{t('initiative.seeTree')}</Link>
        </p>
      </Section>

      <Milestones initiative={i} canWrite={canWrite} />

      <ProgressReports initiativeId={i.id} canWrite={canWrite} />
      {canReadEvaluations ? <Evaluations initiativeId={i.id} /> : null}
      <Timeline initiativeId={i.id} />
    </>
  );
}

/** Paragraphs of the plan's text (points, notes), each keeping its line breaks. */
function TextList({ items }: { items: string[] }) {
  return (
    <ul className="plain-list">
      {items.map((text, n) => (
        <li key={n} className="pre-line">
          {text}
        </li>
      ))}
    </ul>
  );
}
