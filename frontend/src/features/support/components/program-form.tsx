import { useMemo, useRef } from 'react';
import { useFieldArray, useWatch, type FieldPath } from 'react-hook-form';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { Button } from '@/components/ui/button';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { ChoiceOptions } from '@/components/ui/filters';
import { FiscalYearOptions } from '@/components/ui/fiscal-year-options';
import { useMe } from '@/lib/auth';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { pickLabel, useI18n } from '@/lib/i18n';
import { useOrganizationKinds } from '@/lib/reference-data/organization-kinds';
import { sectionChoices, useSections } from '@/lib/reference-data/sections';
import { fiscalYearChoices, formatFiscalYear } from '@/utils/fiscal-year';
import {
  isGranted,
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  SUPPORT_KINDS,
  useSaveSupportProgram,
  type SupportProgram,
} from '../api/support';
import { audienceLabel, categoryLabel, kindLabel } from '../utils/labels';
import {
  MAX_DESCRIPTION,
  MAX_DOCUMENT,
  MAX_DOCUMENTS,
  MAX_NAME,
  programBodyOf,
  programFieldOf,
  programSchema,
  programValuesOf,
  type ProgramValues,
} from '../utils/program-values';
import { AmountRuleEditor } from './amount-rule-editor';
import '../i18n';
import './support.css';

type Form = VersionedForm<ProgramValues>;

/**
 * 支援策の登録・編集: every field of the program; the terms of a subsidy or consignment (budget, eligible kinds,
 * documents, deadlines, figures year, paperwork, the amount rule) only for those kinds. A new program is sent with an
 * Idempotency-Key, a change with the ETag it was read with; the server's field errors go next to their fields.
 */
export function ProgramForm({
  program,
  etag,
  fiscalYear,
  onSaved,
  onCancel,
  onReload,
}: {
  program?: SupportProgram;
  etag?: string;
  /** The edition a new program is added to. */
  fiscalYear: number;
  onSaved: (saved: SupportProgram) => void;
  onCancel: () => void;
  /** Reads the program again (after a 412); the page then opens the form afresh on the new version. */
  onReload?: () => void;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const sections = useSections();
  const kinds = useOrganizationKinds();
  const save = useSaveSupportProgram(program?.id);
  // A section's user adds and changes their own section's programs only.
  const ownSection = me.data?.role === 'DEPARTMENT' ? me.data.sectionId : undefined;
  const documentRows = useRef<number[]>([]);
  const schema = useMemo(() => programSchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: programValuesOf(program, { fiscalYear, sectionId: ownSection }),
    create: !program,
    etag,
    submit: (values, meta) => {
      const { body, documentRows: rows } = programBodyOf(values);
      documentRows.current = rows;
      return save.mutateAsync({ body, etag: meta.etag, idempotencyKey: meta.idempotencyKey ?? '' });
    },
    onSaved,
    fieldOf: (field) => programFieldOf(field, vf.form.getValues(), documentRows.current),
    reload: async () => onReload?.(),
  });
  const [kind, categories, eligibleKinds] = useWatch({
    control: vf.form.control,
    name: ['kind', 'categories', 'eligibleKinds'],
  });
  const granted = isGranted(kind);
  const toggle = (name: 'categories' | 'eligibleKinds', list: string[], value: string, on: boolean) => {
    vf.form.setValue(name, on ? [...list, value] : list.filter((x) => x !== value));
    if (vf.form.getFieldState(name).error?.type === 'server') vf.form.clearErrors(name);
  };
  const sectionList = sectionChoices(sections.data?.items.filter((s) => ownSection === undefined || s.id === ownSection));
  const years = fiscalYearChoices();
  const title = program ? t('support.form.editTitle', { name: program.name }) : t('support.form.newTitle');

  return (
    <form {...vf.formProps} className="form support-form" aria-label={title}>
      <FormAlert form={vf} />
      <div className="form-grid">
        {program ? (
          <div className="field">
            <span className="field-label">{t('support.field.fiscalYear')}</span>
            <p className="support-fixed">{formatFiscalYear(program.fiscalYear, lang)}</p>
          </div>
        ) : (
          <FormSelectField form={vf} name="fiscalYear" label={t('support.field.fiscalYear')} required>
            <FiscalYearOptions years={years.includes(fiscalYear) ? years : [fiscalYear, ...years]} />
          </FormSelectField>
        )}
        <FormSelectField form={vf} name="kind" label={t('support.field.kind')} required>
          <option value="">{t('support.form.choose')}</option>
          {SUPPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(t, k)}
            </option>
          ))}
        </FormSelectField>
      </div>
      <FormTextField form={vf} name="name" label={t('support.field.name')} required maxLength={MAX_NAME} />
      <div className="form-grid">
        <FormSelectField
          form={vf}
          name="sectionId"
          label={t('support.field.section')}
          hint={ownSection !== undefined ? t('support.form.ownSection') : undefined}
          required
        >
          <option value="">{t('support.form.choose')}</option>
          <ChoiceOptions choices={sectionList} />
        </FormSelectField>
        <FormSelectField form={vf} name="contactSectionId" label={t('support.field.contactSection')}>
          <option value="">{t('support.form.sameSection')}</option>
          <ChoiceOptions choices={sectionChoices(sections.data?.items)} />
        </FormSelectField>
        <FormSelectField form={vf} name="audience" label={t('support.field.audience')} required>
          {SUPPORT_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {audienceLabel(t, a)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField
          form={vf}
          name="sortOrder"
          label={t('support.field.sortOrder')}
          hint={t('support.form.sortOrderHint')}
          inputMode="numeric"
        />
      </div>
      <ChoiceGroup legend={t('support.field.categories')} required error={vf.fieldError('categories')} hint={t('support.form.categoriesHint')}>
        <div className="support-checks">
          {SUPPORT_CATEGORIES.map((c, i) => (
            <label key={c} className="checkbox-inline">
              <input
                type="checkbox"
                name="categories"
                value={c}
                checked={categories.includes(c)}
                aria-invalid={vf.fieldError('categories') && i === 0 ? true : undefined}
                onChange={(e) => toggle('categories', categories, c, e.target.checked)}
              />{' '}
              {categoryLabel(t, c)}
            </label>
          ))}
        </div>
      </ChoiceGroup>
      <FormTextAreaField form={vf} name="description" label={t('support.field.description')} rows={4} maxLength={MAX_DESCRIPTION} />

      {granted ? (
        <fieldset className="fieldset support-terms">
          <legend>{t('support.form.terms')}</legend>
          <p className="field-hint">{t('support.form.termsHint')}</p>
          <div className="form-grid">
            <FormTextField
              form={vf}
              name="budgetYen"
              label={t('support.field.budgetYen')}
              inputMode="numeric"
              hint={t('support.rule.yenHint')}
            />
            <FormSelectField form={vf} name="figuresYear" label={t('support.field.figuresYear')} hint={t('support.form.figuresYearHint')}>
              <option value="">{t('support.form.sameYear')}</option>
              <FiscalYearOptions years={years} />
            </FormSelectField>
            <FormTextField
              form={vf}
              name="paperworkHours"
              label={t('support.field.paperworkHours')}
              inputMode="decimal"
              hint={t('support.form.paperworkHint')}
            />
          </div>
          <ChoiceGroup legend={t('support.field.eligibleKinds')} error={vf.fieldError('eligibleKinds')}>
            <div className="support-checks">
              {(kinds.data ?? []).map((k, i) => (
                <label key={k.code} className="checkbox-inline">
                  <input
                    type="checkbox"
                    name="eligibleKinds"
                    value={k.code}
                    checked={eligibleKinds.includes(k.code)}
                    aria-invalid={vf.fieldError('eligibleKinds') && i === 0 ? true : undefined}
                    onChange={(e) => toggle('eligibleKinds', eligibleKinds, k.code, e.target.checked)}
                  />{' '}
                  {pickLabel(lang, k)}
                </label>
              ))}
            </div>
          </ChoiceGroup>
          <fieldset className="fieldset">
            <legend>{t('support.field.deadlines')}</legend>
            <div className="form-grid">
              <FormTextField form={vf} name="planDueOn" type="date" label={t('support.field.planDueOn')} hint={t('support.form.planDueHint')} />
              <FormTextField form={vf} name="applicationDueOn" type="date" label={t('support.field.applicationDueOn')} />
              <FormTextField form={vf} name="resultsDueOn" type="date" label={t('support.field.resultsDueOn')} />
            </div>
          </fieldset>
          <DocumentRows form={vf} />
          <AmountRuleEditor form={vf} />
        </fieldset>
      ) : null}
      <FormActions saving={vf.saving} disabled={vf.stale || vf.gone} onCancel={onCancel} />
    </form>
  );
}

/** 提出書類: an ordered list; each row can move up or down or go. Empty rows are not sent. */
function DocumentRows({ form }: { form: Form }) {
  const { t } = useI18n();
  const rows = useFieldArray({ control: form.form.control, name: 'documents' });
  const add = useRef<HTMLButtonElement>(null);
  const last = rows.fields.length - 1;
  return (
    <fieldset className="fieldset">
      <legend>{t('support.field.documents')}</legend>
      <p className="field-hint">{t('support.form.documentsHint')}</p>
      {rows.fields.length > 0 ? (
        <ol className="support-documents">
          {rows.fields.map((row, i) => {
            const n = i + 1;
            return (
              <li key={row.id} className="support-document">
                <FormTextField
                  form={form}
                  name={`documents.${i}.name` as FieldPath<ProgramValues>}
                  label={t('support.form.document', { n })}
                  maxLength={MAX_DOCUMENT}
                />
                <div className="support-row-actions">
                  <Button
                    variant="secondary"
                    className="btn-small"
                    disabled={i === 0}
                    aria-label={t('support.form.moveUp', { n })}
                    onClick={() => rows.move(i, i - 1)}
                  >
                    {t('support.form.up')}
                  </Button>
                  <Button
                    variant="secondary"
                    className="btn-small"
                    disabled={i === last}
                    aria-label={t('support.form.moveDown', { n })}
                    onClick={() => rows.move(i, i + 1)}
                  >
                    {t('support.form.down')}
                  </Button>
                  <Button
                    variant="secondary"
                    className="btn-small"
                    aria-label={t('support.form.removeDocument', { n })}
                    onClick={() => {
                      rows.remove(i);
                      add.current?.focus();
                    }}
                  >
                    {t('support.form.remove')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button variant="secondary" ref={add} onClick={() => rows.append({ name: '' })} disabled={rows.fields.length >= MAX_DOCUMENTS}>
        {t('support.form.addDocument')}
      </Button>
    </fieldset>
  );
}
