import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Fact } from '@/components/ui/facts';
import { useI18n, type MessageKey } from '@/lib/i18n';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { GrantCase, GrantProgram, GrantStatus } from '../api/grants';
import { formatYen, notComputable, pricedUnits, programRule, unitsText, usesEligibleCost } from '../utils/format';
import { GrantCaseFiles } from './grant-case-files';
import { GrantStatusBadge, GrantSteps } from './grant-status';
import {
  ApplicationForm,
  DecisionForm,
  InspectionForm,
  PaymentForm,
  PlanForm,
  remainingYen,
  ReportForm,
  SettlementForm,
  type StepProps,
} from './grant-step-forms';
import '../i18n';
import './grants.css';

type Step = 'plan' | 'application' | 'decision' | 'payment' | 'report' | 'inspection' | 'settlement';

const FORMS: Record<Step, (props: StepProps) => ReactNode> = {
  plan: PlanForm,
  application: ApplicationForm,
  decision: DecisionForm,
  payment: PaymentForm,
  report: ReportForm,
  inspection: InspectionForm,
  settlement: SettlementForm,
};

const at = (status: GrantStatus, ...among: GrantStatus[]) => among.includes(status);

/**
 * The steps the caller may take now: what `permissions` allow (the server's word on who), in the order the case
 * moves, each only at the statuses that accept it (the server refuses the others with 409).
 */
export function availableSteps(c: GrantCase, program: GrantProgram | undefined): Step[] {
  const p = c.permissions;
  const s = c.status;
  // Without a plan deadline the application comes straight away.
  const planOptional = program !== undefined && !program.planDueOn;
  const remaining = remainingYen(c);
  const steps: [Step, boolean][] = [
    ['plan', p.canPrepare && s === 'AWAITING_PLAN'],
    ['application', p.canPrepare && (at(s, 'PLAN_RECEIVED', 'APPLIED') || (s === 'AWAITING_PLAN' && planOptional))],
    ['decision', p.canDecide && at(s, 'APPLIED', 'DECIDED')],
    ['report', p.canInspect && at(s, 'DECIDED', 'REPORTED')],
    ['inspection', p.canInspect && at(s, 'REPORTED', 'INSPECTED')],
    ['settlement', p.canDecide && at(s, 'REPORTED', 'INSPECTED', 'SETTLED')],
    ['payment', p.canDecide && at(s, 'DECIDED', 'REPORTED', 'INSPECTED', 'SETTLED') && remaining !== undefined && remaining > 0],
  ];
  return steps.filter(([, ok]) => ok).map(([step]) => step);
}

/** The button that opens a step's form: a correction is named as one. */
function stepLabel(step: Step, c: GrantCase): MessageKey {
  switch (step) {
    case 'plan':
      return 'grant.planTitle';
    case 'application':
      return c.status === 'APPLIED' ? 'grant.applicationCorrectTitle' : 'grant.applicationTitle';
    case 'decision':
      return c.status === 'DECIDED' ? 'grant.correctionTitle' : 'grant.decisionTitle';
    case 'payment':
      return 'grant.paymentTitle';
    case 'report':
      return c.status === 'REPORTED' ? 'grant.reportCorrectTitle' : 'grant.reportTitle';
    case 'inspection':
      return c.status === 'INSPECTED' ? 'grant.inspectionAgainTitle' : 'grant.inspectionTitle';
    case 'settlement':
      return c.status === 'SETTLED' ? 'grant.settlementCorrectTitle' : 'grant.settlementTitle';
  }
}

const DONE: Record<Step, MessageKey> = {
  plan: 'grant.planDone',
  application: 'grant.applicationDone',
  decision: 'grant.decisionDone',
  payment: 'grant.paymentDone',
  report: 'grant.reportDone',
  inspection: 'grant.inspectionDone',
  settlement: 'grant.settlementDone',
};

/**
 * One case: where it stands (the seven steps), the figures and computation its amount came from, the decision,
 * payments, results report, inspection and settlement, the steps the caller may take now, and its documents (書類).
 */
export function GrantCaseDetails({ grantCase: c, etag, program }: { grantCase: GrantCase; etag: string; program: GrantProgram | undefined }) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState<Step | undefined>(undefined);
  // the status the open form was opened at: a decision taken while decided is its correction (変更交付決定)
  const [openedAt, setOpenedAt] = useState<GrantStatus | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const date = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '—');
  const yen = (n: number | undefined) => formatYen(n, t, lang);
  const count = (n: number | undefined, unit: MessageKey) => (n === undefined ? '—' : t(unit, { n: formatNumber(n, lang) }));
  const priced = pricedUnits(programRule(program));
  const withCost = usesEligibleCost(programRule(program)) || c.eligibleCost !== undefined;
  const steps = availableSteps(c, program);
  const remaining = remainingYen(c);
  const Form = open ? FORMS[open] : undefined;
  // who recorded a step, on its own line under the day (a name may hold its own brackets: 井上 誠（地域コミュニティ課）)
  const by = (name: string | undefined) => (name ? <span className="grant-by">{t('grant.by', { name })}</span> : null);
  return (
    <>
      <GrantSteps grantCase={c} />
      {done ? <Alert tone="success">{done}</Alert> : null}
      {open === undefined && steps.length > 0 ? (
        <div className="grant-actions" role="group" aria-label={t('grant.stepActions')}>
          {steps.map((s, i) => (
            <Button
              key={s}
              variant={i === 0 ? 'primary' : 'secondary'}
              onClick={() => {
                setDone(undefined);
                setOpenedAt(c.status);
                setOpen(s);
              }}
            >
              {t(stepLabel(s, c))}
            </Button>
          ))}
        </div>
      ) : null}
      {open && Form ? (
        <div className="grant-step-panel">
          <Form
            grantCase={c}
            etag={etag}
            program={program}
            onDone={() => {
              setOpen(undefined);
              setDone(t(open === 'decision' && openedAt === 'DECIDED' ? 'grant.correctionDone' : DONE[open]));
            }}
            onCancel={() => setOpen(undefined)}
          />
        </div>
      ) : null}

      <Section id="grant-case-summary" title={t('grant.summary')}>
        <dl className="facts">
          <Fact label={t('grant.status')}>
            <GrantStatusBadge status={c.status} />
          </Fact>
          <Fact label={t('grant.program')}>
            <Link to={`/support/programs/${c.programId}/cases`}>{c.programName}</Link>
          </Fact>
          <Fact label={t('grant.kind')}>{t(`grant.kind.${c.programKind}` as MessageKey)}</Fact>
          <Fact label={t('grant.fiscalYear')}>{formatFiscalYear(c.fiscalYear, lang)}</Fact>
          <Fact label={t('grant.organization')}>
            <Link to={`/organizations/${c.organizationId}`}>{c.organizationName}</Link>
          </Fact>
          <Fact label={t('grant.ward')}>{c.wardName ?? '—'}</Fact>
          <Fact label={t('grant.district')}>{c.districtName ?? '—'}</Fact>
          <Fact label={t('grant.nextDueOn')}>{date(c.nextDueOn)}</Fact>
          <Fact label={t('grant.planReceivedOn')}>
            {date(c.planReceivedOn)}
            {by(c.planReceivedBy)}
          </Fact>
          <Fact label={t('grant.appliedOn')}>
            {date(c.appliedOn)}
            {by(c.appliedBy)}
          </Fact>
        </dl>
      </Section>

      <Section id="grant-case-computation" title={t('grant.computation')}>
        <dl className="facts">
          <Fact label={t('grant.households')}>{count(c.households, 'grant.householdsCount')}</Fact>
          <Fact label={t('grant.memberHouseholds')}>{count(c.memberHouseholds, 'grant.householdsCount')}</Fact>
          <Fact label={t('grant.population')}>{count(c.population, 'grant.peopleCount')}</Fact>
          {withCost ? <Fact label={t('grant.eligibleCost')}>{yen(c.eligibleCost)}</Fact> : null}
          {priced.length > 0 || Object.keys(c.units).length > 0 ? (
            <Fact label={t('grant.units')}>{unitsText(c.units, priced, t, lang)}</Fact>
          ) : null}
          <Fact label={t('grant.computedYen')} data-testid="grant-computed">
            {c.computedYen === undefined ? <span className="grant-missing">{notComputable(c.computedMissing, t)}</span> : yen(c.computedYen)}
          </Fact>
          {c.computedSteps.length > 0 ? (
            <Fact label={t('grant.computedSteps')} wide>
              <ol className="grant-computation" aria-label={t('grant.computedSteps')}>
                {c.computedSteps.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ol>
            </Fact>
          ) : null}
        </dl>
        {c.computedMissing.length > 0 ? (
          <p className="field-hint">{t('grant.missingHint')}</p>
        ) : null}
        <p className="muted">{t('grant.figuresSource')}</p>
      </Section>

      <Section id="grant-case-decision" title={t('grant.decision')}>
        {c.decidedYen === undefined ? (
          <p>{t('grant.notDecided')}</p>
        ) : (
          <dl className="facts">
            <Fact label={t('grant.decidedYen')}>{yen(c.decidedYen)}</Fact>
            <Fact label={t('grant.decidedOn')}>
              {date(c.decidedOn)}
              {by(c.decidedBy)}
            </Fact>
            {c.decisionChangedOn ? (
              <Fact label={t('grant.decisionChangedOn')}>
                {date(c.decisionChangedOn)}
                {by(c.decisionChangedBy)}
              </Fact>
            ) : null}
            {c.overrideReason ? (
              <Fact label={t('grant.overrideReason')} wide>
                <span className="grant-text">{c.overrideReason}</span>
              </Fact>
            ) : null}
          </dl>
        )}
      </Section>

      <Section id="grant-case-payments" title={t('grant.payments')}>
        {c.payments.length === 0 ? (
          <p>{t('grant.noPayments')}</p>
        ) : (
          <DataTable
            label={t('grant.payments')}
            rows={c.payments}
            rowKey={(p) => p.instalment}
            foot
            columns={[
              {
                key: 'instalment',
                header: t('grant.instalment'),
                rowHeader: true,
                cell: (p) => t('grant.instalmentN', { n: p.instalment }),
                total: t('grant.paidTotal'),
              },
              { key: 'paidOn', header: t('grant.paidOn'), className: 'nowrap', cell: (p) => date(p.paidOn) },
              { key: 'yen', header: t('grant.paymentYen'), num: true, className: 'nowrap', cell: (p) => yen(p.yen), total: yen(c.paidYen) },
              { key: 'note', header: t('grant.paymentNote'), className: 'wrap', cell: (p) => p.note ?? '' },
              { key: 'recordedBy', header: t('grant.recordedBy'), cell: (p) => p.recordedBy },
            ]}
          />
        )}
        {c.decidedYen !== undefined ? (
          <dl className="facts">
            <Fact label={t('grant.paidYen')}>{yen(c.paidYen)}</Fact>
            <Fact label={t('grant.remaining')}>{yen(remaining)}</Fact>
          </dl>
        ) : null}
      </Section>

      <Section id="grant-case-report" title={t('grant.reportAndInspection')}>
        {c.reportedOn === undefined ? (
          <p>{t('grant.notReported')}</p>
        ) : (
          <dl className="facts">
            <Fact label={t('grant.reportedOn')}>
              {date(c.reportedOn)}
              {by(c.reportedBy)}
            </Fact>
            {withCost || c.reportedCost !== undefined ? <Fact label={t('grant.reportedCost')}>{yen(c.reportedCost)}</Fact> : null}
            {priced.length > 0 || Object.keys(c.reportedUnits).length > 0 ? (
              <Fact label={t('grant.reportedUnits')}>{unitsText(c.reportedUnits, priced, t, lang)}</Fact>
            ) : null}
            <Fact label={t('grant.inspectedOn')}>
              {date(c.inspectedOn)}
              {by(c.inspectedBy)}
            </Fact>
            {c.inspectedOn !== undefined ? (
              <>
                <Fact label={t('grant.findings')} wide>
                  <span className="grant-text">{c.findings ?? t('grant.noFindings')}</span>
                </Fact>
                <Fact label={t('grant.corrections')} wide>
                  <span className="grant-text">{c.corrections ?? '—'}</span>
                </Fact>
              </>
            ) : null}
          </dl>
        )}
      </Section>

      <Section id="grant-case-settlement" title={t('grant.settlement')}>
        {c.finalYen === undefined ? (
          <>
            <p>{t('grant.notSettled')}</p>
            {c.settlementYen !== undefined ? (
              <dl className="facts">
                <Fact label={t('grant.settlementYen')}>{yen(c.settlementYen)}</Fact>
              </dl>
            ) : null}
          </>
        ) : (
          <dl className="facts">
            <Fact label={t('grant.finalYen')}>{yen(c.finalYen)}</Fact>
            <Fact label={t('grant.settledOn')}>
              {date(c.settledOn)}
              {by(c.settledBy)}
            </Fact>
            {c.settlementYen !== undefined && c.settlementYen !== c.finalYen ? (
              <Fact label={t('grant.settlementYen')}>{yen(c.settlementYen)}</Fact>
            ) : null}
            {c.finalReason ? (
              <Fact label={t('grant.finalReason')} wide>
                <span className="grant-text">{c.finalReason}</span>
              </Fact>
            ) : null}
            <Fact label={t('grant.refundYen')} data-testid="grant-refund">
              {c.refundYen !== undefined && c.refundYen > 0 ? (
                <span className="grant-refund">{t('grant.refundDue', { yen: yen(c.refundYen) })}</span>
              ) : (
                yen(c.refundYen ?? 0)
              )}
            </Fact>
          </dl>
        )}
      </Section>

      <GrantCaseFiles grantCase={c} />
    </>
  );
}
