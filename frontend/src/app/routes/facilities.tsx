import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { HistoryList } from '@/features/audit/components/history-list';
import { RequireRole } from '@/features/auth/components/require-role';
import { useDeleteFacility, useFacility } from '@/features/facilities/api/facilities';
import { FacilityDetails } from '@/features/facilities/components/facility-details';
import { FacilityForm } from '@/features/facilities/components/facility-form';
import { FacilityList } from '@/features/facilities/components/facility-list';
import { problemMessage } from '@/lib/api-error';
import { canAddFacilities } from '@/features/facilities/utils/permissions';
import { useMe, type Role } from '@/lib/auth';
import { useI18n, useT, type Lang, type TFunction } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import type { Facility } from '@/features/facilities/api/facilities';
import { formatYearWareki, formatYen, workKindLabel } from '@/features/facilities/utils/labels';
import { positiveParam } from '@/lib/use-list-search';
import { ForbiddenRoute } from './forbidden';
import { crumbs, idRoute, Loaded } from './shared';
import '@/features/facilities/i18n';

/*
 * 施設 (場の提供): the districts' community centres, halls and meeting places and the rooms the city lends, each with
 * its rooms and its construction and repair history and the subsidies that paid for them. Every staff role reads
 * them; the office changes any, a liaison those of their own districts (not the city's rooms).
 */

const FACILITY_VIEWERS: readonly Role[] = ['ADMIN', 'OFFICE', 'DEPARTMENT', 'LIAISON'];

const LIST = '/facilities';
const facilityHref = (id: number) => `${LIST}/${id}`;

type Notice = { notice?: 'saved' | 'deleted' };

/** The pages under it, for the roles that read facilities; anyone else reads who may. */
export function FacilityViewersOnly() {
  const t = useT();
  return (
    <RequireRole roles={FACILITY_VIEWERS} fallback={<ForbiddenRoute lead={t('facility.forbidden')} />}>
      <Outlet />
    </RequireRole>
  );
}

/** /facilities: every facility, filtered by ward, district, kind and text. */
export function FacilitiesRoute() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const deleted = ((location.state ?? {}) as Notice).notice === 'deleted';
  const title = t('facility.nav');
  return (
    <Page
      title={title}
      breadcrumbs={crumbs(t, { label: title })}
      actions={
        canAddFacilities(me.data) ? (
          <Link className="btn btn-primary" to={`${LIST}/new`}>
            {t('facility.new')}
          </Link>
        ) : null
      }
    >
      {deleted ? <Alert tone="success">{t('facility.deleted')}</Alert> : null}
      <p className="lead">{t('facility.lead')}</p>
      <FacilityList />
    </Page>
  );
}

/** 施設の登録 (`?district=`: opened from a district's profile, which it belongs to); after saving, its page. */
export function NewFacilityRoute() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const [search] = useSearchParams();
  const districtId = positiveParam(search, 'district');
  const title = t('facility.form.newTitle');
  if (!canAddFacilities(me.data)) return <ForbiddenRoute lead={t('facility.forbiddenWrite')} />;
  const back = districtId !== undefined ? `/districts/${districtId}` : LIST;
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: t('facility.nav'), to: LIST }, { label: title })}>
      <FacilityForm
        districtId={districtId !== undefined && canAddFacilities(me.data, districtId) ? districtId : undefined}
        onSaved={(f) => void navigate(facilityHref(f.id), { state: { notice: 'saved' } satisfies Notice })}
        onCancel={() => void navigate(back)}
      />
    </Page>
  );
}

export const FacilityRoute = idRoute(FacilityPage);

/** A work as the history keeps it: `2024-11-20 REPAIR 屋根防水改修 ¥4200000 補助 ¥2100000 program 14`. */
const AUDITED_WORK = /^(\d{4}-\d{2}-\d{2}) (\w+) (.*?)(?: ¥(\d+))?(?: 補助 ¥(\d+))?(?: program (\d+))?$/;
/** A room as the history keeps it: `大会議室 (80)`. */
const AUDITED_ROOM = /^(.*?)(?: \((\d+)\))?$/;

/**
 * How the facility's history writes what only this page knows: rooms and works as lines in words (the day in 和暦,
 * the kind, amounts in yen, the subsidy by name), the year built with its era.
 */
export function facilityHistoryFormat(f: Facility, t: TFunction, lang: Lang) {
  const programs = new Map(f.works.flatMap((w) => (w.programId !== undefined && w.programName ? [[w.programId, w.programName]] : [])));
  const work = (text: string) => {
    const m = AUDITED_WORK.exec(text);
    if (!m) return text;
    const [, doneOn, kind, description, cost, subsidy, program] = m;
    const parts = [`${formatWarekiDate(doneOn!, lang)} ${workKindLabel(t, kind!)} ${description}`];
    if (cost) parts.push(t('facility.history.cost', { yen: formatYen(Number(cost), t, lang) }));
    if (subsidy) parts.push(t('facility.history.subsidy', { yen: formatYen(Number(subsidy), t, lang) }));
    if (program) parts.push(programs.get(Number(program)) ?? t('facility.work.programLink'));
    return parts.join(t('facility.history.sep'));
  };
  const room = (text: string) => {
    const m = AUDITED_ROOM.exec(text);
    return m?.[2] ? t('facility.history.room', { name: m[1]!, n: formatNumber(Number(m[2]), lang) }) : text;
  };
  return (field: string, value: unknown, entityType?: string): string | undefined => {
    if (entityType !== 'Facility' || value === null || value === undefined) return undefined;
    if ((field === 'works' || field === 'rooms') && Array.isArray(value)) {
      if (value.length === 0) return '—';
      return value.map((v) => (typeof v === 'string' ? (field === 'works' ? work(v) : room(v)) : JSON.stringify(v))).join('\n');
    }
    if (field === 'builtYear' && typeof value === 'number') return formatYearWareki(value, lang);
    if (field === 'capacity' && typeof value === 'number') return t('facility.people', { n: formatNumber(value, lang) });
    return undefined;
  };
}

function FacilityPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const facility = useFacility(id);
  const remove = useDeleteFacility(id);
  const [saved] = useState(state.notice === 'saved');
  return (
    <Loaded query={facility}>
      {({ data: f, etag }) => (
        <Page
          title={f.name}
          breadcrumbs={crumbs(t, { label: t('facility.nav'), to: LIST }, { label: f.name })}
          actions={
            f.canEdit ? (
              <>
                <Link className="btn btn-secondary" to={`${facilityHref(id)}/edit`}>
                  {t('form.edit')}
                </Link>
                <Button
                  variant="secondary"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('facility.confirmDelete', { name: f.name }))) {
                      remove.mutate(etag, {
                        onSuccess: () => void navigate(LIST, { state: { notice: 'deleted' } satisfies Notice }),
                      });
                    }
                  }}
                >
                  {t('facility.delete')}
                </Button>
              </>
            ) : null
          }
        >
          {saved ? <Alert tone="success">{t('facility.saved')}</Alert> : null}
          {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
          <FacilityDetails facility={f} />
          <Section id="facility-history" title={t('history.title')} className="no-print">
            <HistoryList subject={{ type: 'facility', id }} format={facilityHistoryFormat(f, t, lang)} />
          </Section>
          <p className="no-print">
            {f.districtId !== undefined ? (
              <Link to={`/districts/${f.districtId}`}>{t('facility.backToDistrict', { district: f.districtName ?? '' })}</Link>
            ) : (
              <Link to={LIST}>{t('facility.backToList')}</Link>
            )}
          </p>
        </Page>
      )}
    </Loaded>
  );
}

export const EditFacilityRoute = idRoute(EditFacilityPage);

function EditFacilityPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const facility = useFacility(id);
  return (
    <Loaded query={facility}>
      {({ data: f, etag }) =>
        f.canEdit ? (
          <Page
            title={t('facility.form.editTitle', { name: f.name })}
            breadcrumbs={crumbs(t, { label: t('facility.nav'), to: LIST }, { label: f.name, to: facilityHref(id) }, { label: t('form.edit') })}
          >
            <FacilityForm
              key={etag}
              facility={f}
              etag={etag}
              onReload={() => void facility.refetch()}
              onSaved={() => void navigate(facilityHref(id), { state: { notice: 'saved' } satisfies Notice })}
              onCancel={() => void navigate(facilityHref(id))}
            />
          </Page>
        ) : (
          <ForbiddenRoute lead={t('facility.forbiddenWrite')} />
        )
      }
    </Loaded>
  );
}
