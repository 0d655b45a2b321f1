import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { useI18n, type Lang, type MessageKey, type TFunction } from '@/lib/i18n';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import { useSections } from '@/lib/reference-data/sections';
import { formatFiscalYear, formatWarekiDate } from '@/utils/fiscal-year';
import { useSupportCatalogChanges, type EditionChange } from '../api/support';
import { audienceLabel, categoryLabel, kindLabel } from '../utils/labels';
import { describeRule, formatYen, type AmountRule } from '../utils/rule';
import '../i18n';
import './support.css';

/** The label of each field a program's change (or its history) names. */
export const PROGRAM_FIELDS: Record<string, MessageKey> = {
  fiscalYear: 'support.field.fiscalYear',
  name: 'support.field.name',
  sectionId: 'support.field.section',
  contactSectionId: 'support.field.contactSection',
  kind: 'support.field.kind',
  audience: 'support.field.audience',
  categories: 'support.field.categories',
  description: 'support.field.description',
  sortOrder: 'support.field.sortOrder',
  budgetYen: 'support.field.budgetYen',
  amountRule: 'support.field.amountRule',
  figuresYear: 'support.field.figuresYear',
  eligibleKinds: 'support.field.eligibleKinds',
  documents: 'support.field.documents',
  planDueOn: 'support.field.planDueOn',
  applicationDueOn: 'support.field.applicationDueOn',
  resultsDueOn: 'support.field.resultsDueOn',
  paperworkHours: 'support.field.paperworkHours',
};

export function programFieldLabel(field: string, t: TFunction): string {
  const key = PROGRAM_FIELDS[field];
  return key ? t(key) : field;
}

/** '["FINANCIAL","OTHER"]' (a list as the server writes it in a change: a JSON array of strings) → its items. */
function items(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map(String) : [text];
  } catch {
    return [text];
  }
}

/** A stored rule (JSON) in words; anything else as it is. */
export function ruleText(value: unknown, t: TFunction, lang: Lang): string | undefined {
  if (typeof value !== 'string' && (typeof value !== 'object' || value === null)) return undefined;
  try {
    const rule = (typeof value === 'string' ? JSON.parse(value) : value) as AmountRule;
    return typeof rule.kind === 'string' ? describeRule(rule, t, lang) : undefined;
  } catch {
    return undefined;
  }
}

type Lookups = { section: (id: number) => string | undefined; orgKind: (code: string) => string };

/** A value of a change (text, as the server compares them) as the screens show it. */
function changeValue(field: string, value: string | null, t: TFunction, lang: Lang, look: Lookups): string {
  if (value === null || value === '') return t('support.none');
  const sep = t('support.rule.sep');
  switch (field) {
    case 'sectionId':
    case 'contactSectionId':
      return look.section(Number(value)) ?? value;
    case 'kind':
      return kindLabel(t, value);
    case 'audience':
      return audienceLabel(t, value);
    case 'categories':
      return items(value).map((c) => categoryLabel(t, c)).join(sep) || t('support.none');
    case 'eligibleKinds':
      return items(value).map(look.orgKind).join(sep) || t('support.none');
    case 'documents':
      return items(value).join(sep) || t('support.none');
    case 'budgetYen':
      return formatYen(Number(value), t, lang);
    case 'amountRule':
      return ruleText(value, t, lang) ?? value;
    case 'paperworkHours':
      return t('support.hours', { n: Number(value) });
    case 'figuresYear':
      return formatFiscalYear(Number(value), lang);
    default:
      return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatWarekiDate(value, lang) : value;
  }
}

/**
 * 前年度からの変更: the programs new this year, those changed (each field before → after, in words), those of last
 * year not carried over, and how many stayed as they were.
 */
export function CatalogChanges({ fiscalYear, programHref }: { fiscalYear: number; programHref: (id: number) => string }) {
  const { t, lang } = useI18n();
  const changes = useSupportCatalogChanges(fiscalYear);
  const sections = useSections();
  const orgKind = useKindLabel();
  const look: Lookups = {
    section: (id) => sections.data?.items.find((s) => s.id === id)?.name,
    orgKind: (code) => orgKind(code),
  };
  return (
    <QueryState query={changes}>
      {(data) => {
        const by = (kind: string) => data.changes.filter((c) => c.change === kind);
        const added = by('ADDED');
        const changed = by('CHANGED');
        const removed = by('REMOVED');
        const unchanged = by('UNCHANGED');
        const year = formatFiscalYear(data.fiscalYear, lang);
        const previous = formatFiscalYear(data.previousFiscalYear, lang);
        const link = (c: EditionChange, id: number | null) => (id !== null ? <Link to={programHref(id)}>{c.name}</Link> : c.name);
        return (
          <div className="support-changes">
            <p className="lead">{t('support.changes.lead', { year, previous })}</p>
            <ul className="counts support-change-counts">
              <li>{t('support.changes.addedCount', { n: added.length })}</li>
              <li>{t('support.changes.changedCount', { n: changed.length })}</li>
              <li>{t('support.changes.removedCount', { n: removed.length })}</li>
              <li>{t('support.changes.unchangedCount', { n: unchanged.length })}</li>
            </ul>
            <section aria-labelledby="support-added">
              <h2 id="support-added">{t('support.changes.added')}</h2>
              {added.length > 0 ? (
                <ul className="plain-list">
                  {added.map((c) => (
                    <li key={`a-${c.programId}`}>{link(c, c.programId)}</li>
                  ))}
                </ul>
              ) : (
                <p>{t('support.changes.noAdded')}</p>
              )}
            </section>
            <section aria-labelledby="support-changed">
              <h2 id="support-changed">{t('support.changes.changed')}</h2>
              {changed.length === 0 ? <p>{t('support.changes.noChanged')}</p> : null}
              {changed.map((c) => (
                <div key={`c-${c.programId}`} className="support-change">
                  <h3>{link(c, c.programId)}</h3>
                  <DataTable
                    label={t('support.changes.fieldsOf', { name: c.name })}
                    className="table-compact"
                    rows={c.fields}
                    rowKey={(f) => f.field}
                    columns={[
                      { key: 'field', header: t('support.changes.field'), rowHeader: true, cell: (f) => programFieldLabel(f.field, t) },
                      {
                        key: 'before',
                        header: t('support.changes.before', { year: previous }),
                        className: 'wrap',
                        cell: (f) => <del>{changeValue(f.field, f.before, t, lang, look)}</del>,
                      },
                      {
                        key: 'after',
                        header: t('support.changes.after', { year }),
                        className: 'wrap',
                        cell: (f) => <ins>{changeValue(f.field, f.after, t, lang, look)}</ins>,
                      },
                    ]}
                  />
                </div>
              ))}
            </section>
            <section aria-labelledby="support-removed">
              <h2 id="support-removed">{t('support.changes.removed')}</h2>
              {removed.length > 0 ? (
                <ul className="plain-list">
                  {removed.map((c) => (
                    <li key={`r-${c.previousId}`}>{link(c, c.previousId)}</li>
                  ))}
                </ul>
              ) : (
                <p>{t('support.changes.noRemoved')}</p>
              )}
            </section>
          </div>
        );
      }}
    </QueryState>
  );
}
