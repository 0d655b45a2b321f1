import { Link } from 'react-router';
import { Fact } from '@/components/ui/facts';
import { useI18n } from '@/lib/i18n';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { isGranted, type SupportProgram } from '../api/support';
import { audienceLabel, categoryLabel, kindLabel } from '../utils/labels';
import { describeRule, formatYen, ruleOf } from '../utils/rule';
import '../i18n';
import './support.css';

/**
 * One program as people read it: what it is, who runs it and whom to ask, and — for a subsidy or a consignment —
 * the budget, who may apply, the documents, the deadlines in 和暦 and how the amount is computed, in words.
 * `staff` adds what only the office works with (the figures' year, the paperwork hours).
 */
export function ProgramDetails({ program: p, staff = false }: { program: SupportProgram; staff?: boolean }) {
  const { t, lang } = useI18n();
  const orgKind = useKindLabel();
  const date = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : t('support.none'));
  const rule = ruleOf(p);
  const sep = t('support.rule.sep');
  return (
    <>
      <dl className="facts">
        <Fact label={t('support.field.fiscalYear')}>{formatFiscalYear(p.fiscalYear, lang)}</Fact>
        <Fact label={t('support.field.kind')}>{kindLabel(t, p.kind)}</Fact>
        <Fact label={t('support.field.section')}>{p.sectionName}</Fact>
        <Fact label={t('support.field.contactSection')}>{p.contactSectionName ?? p.sectionName}</Fact>
        <Fact label={t('support.field.audience')}>{audienceLabel(t, p.audience)}</Fact>
        <Fact label={t('support.field.categories')}>{p.categories.map((c) => categoryLabel(t, c)).join(sep)}</Fact>
        {p.description ? (
          <Fact label={t('support.field.description')} wide>
            <span className="pre-line">{p.description}</span>
          </Fact>
        ) : null}
      </dl>
      {isGranted(p.kind) ? (
        <section aria-labelledby={`support-terms-${p.id}`} className="support-terms-view">
          <h2 id={`support-terms-${p.id}`}>{t('support.form.terms')}</h2>
          <dl className="facts">
            <Fact label={t('support.field.budgetYen')}>{p.budgetYen === undefined ? t('support.notSet') : formatYen(p.budgetYen, t, lang)}</Fact>
            <Fact label={t('support.field.eligibleKinds')}>
              {p.eligibleKinds.length > 0 ? p.eligibleKinds.map((k) => orgKind(k)).join(sep) : t('support.none')}
            </Fact>
            <Fact label={t('support.field.planDueOn')}>{date(p.planDueOn)}</Fact>
            <Fact label={t('support.field.applicationDueOn')}>{date(p.applicationDueOn)}</Fact>
            <Fact label={t('support.field.resultsDueOn')}>{date(p.resultsDueOn)}</Fact>
            <Fact label={t('support.field.amountRule')} wide data-testid="support-rule">
              {rule ? describeRule(rule, t, lang) : t('support.none')}
            </Fact>
            {staff && p.figuresYear !== undefined ? (
              <Fact label={t('support.field.figuresYear')}>{formatFiscalYear(p.figuresYear, lang)}</Fact>
            ) : null}
            {staff && p.paperworkHours !== undefined ? (
              <Fact label={t('support.field.paperworkHours')}>
                {t('support.hours', { n: p.paperworkHours })}
                {p.paperworkRequestId !== undefined ? (
                  <>
                    {' '}
                    <Link to={`/requests/${p.paperworkRequestId}`}>{t('support.paperworkRequest')}</Link>
                  </>
                ) : null}
              </Fact>
            ) : null}
            <Fact label={t('support.field.documents')} wide>
              {p.documents.length > 0 ? (
                <ol className="support-document-list">
                  {p.documents.map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ol>
              ) : (
                t('support.none')
              )}
            </Fact>
          </dl>
        </section>
      ) : null}
    </>
  );
}
