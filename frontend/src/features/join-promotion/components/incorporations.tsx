import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { FormActions } from '@/components/form/form-actions';
import { FormAlert } from '@/components/form/form-alert';
import { FormSelectField, FormTextAreaField, FormTextField } from '@/components/form/form-fields';
import { FormPanel } from '@/components/form/form-panel';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { FilterSelect } from '@/components/ui/filters';
import { QueryState } from '@/components/ui/query-state';
import { problemMessage } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { useVersionedForm, type VersionedForm } from '@/lib/forms';
import { useI18n } from '@/lib/i18n';
import { useAllDistricts } from '@/lib/reference-data/districts';
import { positiveParam, useListSearch } from '@/lib/use-list-search';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import {
  STAGES,
  useDeleteIncorporation,
  useDistrictAssociations,
  useIncorporations,
  useSaveIncorporation,
  type IncorporationCase,
} from '../api/join-promotion';
import { stageLabel } from '../utils/labels';
import { canRecordInDistrict, isOffice } from '../utils/permissions';
import { useRowEditor } from '../utils/row-editor';
import { incorporationBodyOf, incorporationSchema, incorporationValuesOf, stageDays, type IncorporationValues } from '../utils/values';
import './join-promotion.css';
import '../i18n';
import { RowActions } from './row-actions';

/** The day a case reached its stage, in 和暦: 認可日, 取下げ日, 申請日 or 相談日. */
function stageDay(c: IncorporationCase): string {
  return c.approvedOn ?? c.withdrawnOn ?? c.appliedOn ?? c.consultedOn;
}

/**
 * 地縁団体の認可支援 by stage — 相談, 準備中, 申請中, 認可, 取下げ — each case with its association, district and days;
 * the office and the district's liaisons record a consultation and move it on. An approval marks the association
 * 認可地縁団体 in the registry.
 */
export function Incorporations() {
  const { t, lang } = useI18n();
  const me = useMe();
  const districts = useAllDistricts();
  const list = useListSearch();
  const districtId = positiveParam(list.search, 'district');
  const cases = useIncorporations(districtId);
  const remove = useDeleteIncorporation();
  const { editing, open, close, addButton } = useRowEditor<IncorporationCase>();
  const [notice, setNotice] = useState<'saved' | 'deleted' | undefined>();
  const mayAdd = canRecordInDistrict(me.data, districtId);
  const day = (d: string | undefined) => (d ? formatWarekiDate(d, lang) : '—');
  const onDelete = (c: IncorporationCase) => {
    if (!window.confirm(t('jp.inc.confirmDelete', { name: c.organizationName }))) return;
    setNotice(undefined);
    remove.mutate(c, {
      onSuccess: () => {
        setNotice('deleted');
        window.setTimeout(() => addButton.current?.focus(), 0);
      },
    });
  };
  return (
    <>
      <p className="lead">{t('jp.inc.lead')}</p>
      <form className="filters filters-single" role="search" aria-label={t('jp.inc.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label={t('jp.district')}
          allLabel={t('jp.all')}
          value={list.search.get('district')}
          choices={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name, group: d.wardName }))}
          onChange={(district) => list.update({ district })}
        />
      </form>
      {notice ? <Alert tone="success">{t(notice === 'saved' ? 'jp.inc.saved' : 'jp.inc.deleted')}</Alert> : null}
      {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
      {mayAdd && editing === null ? (
        <p className="no-print">
          <Button
            ref={addButton}
            onClick={() => {
              setNotice(undefined);
              open('new');
            }}
          >
            {t('jp.inc.add')}
          </Button>
        </p>
      ) : null}
      {editing !== null ? (
        <IncorporationForm
          key={editing === 'new' ? 'new' : editing.id}
          incorporation={editing === 'new' ? undefined : editing}
          districtId={districtId}
          onSaved={() => {
            setNotice('saved');
            close();
          }}
          onCancel={close}
        />
      ) : null}
      <QueryState query={cases}>
        {(rows) =>
          rows.length === 0 ? (
            <p role="status">{t('jp.inc.empty')}</p>
          ) : (
            STAGES.map((stage) => {
              const of = rows.filter((c) => c.stage === stage);
              const id = `jp-stage-${stage.toLowerCase()}`;
              return (
                <section key={stage} aria-labelledby={id}>
                  <h3 id={id}>
                    {stageLabel(t, stage)} <span className="count">{t('jp.count', { n: of.length })}</span>
                  </h3>
                  {of.length === 0 ? (
                    <p className="muted">{t('jp.inc.noneAtStage')}</p>
                  ) : (
                    <DataTable
                      label={t('jp.inc.stageCaption', { stage: stageLabel(t, stage) })}
                      rows={of}
                      rowKey={(c) => c.id}
                      columns={[
                        {
                          key: 'organization',
                          header: t('jp.inc.organization'),
                          rowHeader: true,
                          className: 'wrap',
                          cell: (c) => <Link to={`/organizations/${c.organizationId}`}>{c.organizationName}</Link>,
                        },
                        { key: 'district', header: t('jp.district'), className: 'nowrap', cell: (c) => c.districtName ?? '—' },
                        { key: 'consultedOn', header: t('jp.inc.consultedOn'), className: 'nowrap', cell: (c) => day(c.consultedOn) },
                        { key: 'appliedOn', header: t('jp.inc.appliedOn'), className: 'nowrap', cell: (c) => day(c.appliedOn) },
                        {
                          key: 'closedOn',
                          header: t('jp.inc.closedOn'),
                          className: 'nowrap',
                          cell: (c) => (c.approvedOn || c.withdrawnOn ? day(stageDay(c)) : '—'),
                        },
                        { key: 'note', header: t('jp.note'), className: 'wrap', cell: (c) => c.note ?? '—' },
                        rows.some((c) => c.permissions.canEdit) && {
                          key: 'actions',
                          header: <span className="visually-hidden">{t('jp.actions')}</span>,
                          className: 'nowrap no-print',
                          cell: (c) =>
                            c.permissions.canEdit ? (
                              <RowActions
                                which={t('jp.inc.which', { name: c.organizationName })}
                                onEdit={() => {
                                  setNotice(undefined);
                                  open(c);
                                }}
                                onDelete={() => onDelete(c)}
                                deleting={remove.isPending}
                              />
                            ) : null,
                        },
                      ]}
                    />
                  )}
                </section>
              );
            })
          )
        }
      </QueryState>
    </>
  );
}

type Form = VersionedForm<IncorporationValues>;

/**
 * 認可支援の登録・更新: the district (a liaison's own), its association, the stage and the days it records — 相談日 always,
 * 申請日 once applied, 認可日 when approved, 取下げ日 when withdrawn — each not in the future and in order.
 */
export function IncorporationForm({
  incorporation,
  districtId,
  onSaved,
  onCancel,
}: {
  incorporation?: IncorporationCase;
  districtId?: number;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const districts = useAllDistricts();
  const save = useSaveIncorporation(incorporation?.id);
  const schema = useMemo(() => incorporationSchema(t), [t]);
  const vf: Form = useVersionedForm({
    schema,
    defaultValues: incorporationValuesOf(incorporation, { districtId: canRecordInDistrict(me.data, districtId) ? districtId : undefined }),
    create: !incorporation,
    etag: incorporation ? `"${incorporation.version}"` : undefined,
    submit: (values, meta) => save.mutateAsync({ body: incorporationBodyOf(values), etag: meta.etag, idempotencyKey: meta.idempotencyKey }),
    onSaved,
    reload: async (current) => {
      const now = current as IncorporationCase | undefined;
      return now ? { values: incorporationValuesOf(now), etag: `"${now.version}"` } : undefined;
    },
  });
  const [chosen, stage] = useWatch({ control: vf.form.control, name: ['districtId', 'stage'] });
  const associations = useDistrictAssociations(chosen ? Number(chosen) : undefined);
  const office = isOffice(me.data);
  const mine = new Set(me.data?.districtIds ?? []);
  const districtChoices = (districts.data ?? []).filter((d) => office || mine.has(d.id) || d.id === incorporation?.districtId);
  const current = incorporation ? String(incorporation.organizationId) : '';
  const known = new Set((associations.data ?? []).map((o) => String(o.id)));
  const days = stageDays(stage);
  const title = incorporation ? t('jp.inc.editTitle', { name: incorporation.organizationName }) : t('jp.inc.newTitle');
  return (
    <div className="jp-panel">
      <FormPanel form={vf} title={title}>
        <FormAlert form={vf} />
        <div className="form-grid">
          <FormSelectField form={vf} name="districtId" label={t('jp.district')} required onChange={() => vf.form.setValue('organizationId', '')}>
            <option value="">{t('jp.choose')}</option>
            {districtChoices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.wardName ? `${d.name}（${d.wardName}）` : d.name}
              </option>
            ))}
          </FormSelectField>
          <FormSelectField
            form={vf}
            name="organizationId"
            label={t('jp.inc.organization')}
            required
            disabled={!chosen}
            hint={chosen ? undefined : t('jp.building.chooseDistrictFirst')}
          >
            <option value="">{t('jp.choose')}</option>
            {(associations.data ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
            {current && !known.has(current) && String(incorporation?.districtId) === chosen ? (
              <option value={current}>{incorporation?.organizationName}</option>
            ) : null}
          </FormSelectField>
          <FormSelectField form={vf} name="stage" label={t('jp.inc.stage')} required>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(t, s)}
              </option>
            ))}
          </FormSelectField>
        </div>
        <div className="form-grid">
          <FormTextField form={vf} name="consultedOn" type="date" label={t('jp.inc.consultedOn')} required max={isoDate()} />
          {days.applied ? (
            <FormTextField form={vf} name="appliedOn" type="date" label={t('jp.inc.appliedOn')} required={days.appliedRequired} max={isoDate()} />
          ) : null}
          {days.approved ? <FormTextField form={vf} name="approvedOn" type="date" label={t('jp.inc.approvedOn')} required max={isoDate()} /> : null}
          {days.withdrawn ? <FormTextField form={vf} name="withdrawnOn" type="date" label={t('jp.inc.withdrawnOn')} required max={isoDate()} /> : null}
        </div>
        {days.approved ? <p className="field-hint">{t('jp.inc.approvedHint')}</p> : null}
        <FormTextAreaField form={vf} name="note" label={t('jp.note')} rows={3} maxLength={2000} />
        <FormActions saving={vf.saving} disabled={vf.stale} onCancel={onCancel} />
      </FormPanel>
    </div>
  );
}
