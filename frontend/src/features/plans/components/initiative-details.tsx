import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear } from '@/utils/fiscal-year';
import type { InitiativeDetail } from '../api/types';
import { behindText, statusLabel } from '../utils/format';
import { Evaluations } from './initiative-evaluations';
import { Milestones } from './initiative-milestones';
import { ProgressReports } from './initiative-progress-reports';
import { Timeline } from './initiative-timeline';
import { BehindMark, RelistedMark, StatusChip, TagChip, TargetText } from './marks';
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
          <ul className="plain-list">
            {reasons.map((r, n) => (
              <li key={n}>
                {behindText(lang, r)}
                {`（${formatFiscalYear(r.fiscalYear, lang)}）`}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <section aria-labelledby="ini-facts">
        <h2 id="ini-facts">{t('initiative.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('initiative.path')}</dt>
            <dd>{i.path || '—'}</dd>
          </div>
          <div>
            <dt>{t('initiative.refKey')}</dt>
            <dd>{i.refKey}</dd>
          </div>
          <div>
            <dt>{t('initiative.tag')}</dt>
            <dd>{i.tag ? t(`plan.tag.${i.tag}` as MessageKey) : t('initiative.noTag')}</dd>
          </div>
          <div>
            <dt>{t('initiative.sections')}</dt>
            <dd>{i.sectionNames.length > 0 ? i.sectionNames.join('、') : t('form.notSet')}</dd>
          </div>
          <div>
            <dt>{t('initiative.status')}</dt>
            <dd>
              {statusLabel(t, i.status)}
              {i.status && i.statusFiscalYear !== undefined ? `（${formatFiscalYear(i.statusFiscalYear, lang)}）` : ''}
            </dd>
          </div>
        </dl>
      </section>

      {i.points.length > 0 ? (
        <section aria-labelledby="ini-points">
          <h2 id="ini-points">{t('initiative.points')}</h2>
          <ul className="plain-list">
            {i.points.map((p, n) => (
              <li key={n} className="pre-line">
                {p}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="ini-targets">
        <h2 id="ini-targets">{t('initiative.targets')}</h2>
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
      </section>

      {i.notes.length > 0 ? (
        <section aria-labelledby="ini-notes">
          <h2 id="ini-notes">{t('initiative.notes')}</h2>
          <ul className="plain-list">
            {i.notes.map((note, n) => (
              <li key={n} className="pre-line">
                {note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="ini-placements">
        <h2 id="ini-placements">{t('initiative.placements')}</h2>
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
      </section>

      <Milestones initiative={i} canWrite={canWrite} />

      <ProgressReports initiativeId={i.id} canWrite={canWrite} />
      {canReadEvaluations ? <Evaluations initiativeId={i.id} /> : null}
      <Timeline initiativeId={i.id} />
    </>
  );
}
