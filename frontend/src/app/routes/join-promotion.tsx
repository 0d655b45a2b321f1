import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Section } from '@/components/layout/section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { HistoryList } from '@/features/audit/components/history-list';
import { useDeleteNewBuilding, useNewBuilding } from '@/features/join-promotion/api/join-promotion';
import { Agreements } from '@/features/join-promotion/components/agreements';
import { BuildingDetails } from '@/features/join-promotion/components/building-details';
import { BuildingForm } from '@/features/join-promotion/components/building-form';
import { BuildingList } from '@/features/join-promotion/components/building-list';
import { BuildingTransfer } from '@/features/join-promotion/components/building-transfer';
import { ContactTimeline } from '@/features/join-promotion/components/contact-timeline';
import { EffectDashboard } from '@/features/join-promotion/components/effect-dashboard';
import { Incorporations } from '@/features/join-promotion/components/incorporations';
import { JoinPromotionNav, tabLabel, type JoinPromotionTab } from '@/features/join-promotion/components/join-promotion-nav';
import { Leaflets } from '@/features/join-promotion/components/leaflets';
import { OutcomePanel } from '@/features/join-promotion/components/outcome-form';
import { formatUnits } from '@/features/join-promotion/utils/labels';
import { canRecordInDistrict, isOffice } from '@/features/join-promotion/utils/permissions';
import { problemMessage } from '@/lib/api-error';
import { useMe } from '@/lib/auth';
import { useI18n, useT, type Lang, type TFunction } from '@/lib/i18n';
import { positiveParam } from '@/lib/use-list-search';
import { ForbiddenRoute } from './forbidden';
import { crumbs, idRoute, Loaded } from './shared';
import '@/features/join-promotion/i18n';

/*
 * 加入促進 (#14): new apartment buildings and what came of asking their developers, leaflets and welcome packs,
 * agreements with related bodies, incorporation support, and the effect on the join rate. Every staff role reads; the
 * office and the district's liaisons record buildings, contacts, outcomes and incorporation cases; the office leaflets
 * and agreements.
 */

const HUB = '/join-promotion';
const buildingHref = (id: number) => `/new-buildings/${id}`;

type Notice = { notice?: 'saved' | 'deleted' };

/** The hub's page of one part: 加入促進 as the heading, the parts as links, the part under its own heading. */
function HubPage({ tab, actions, children }: { tab: JoinPromotionTab; actions?: ReactNode; children: ReactNode }) {
  const t = useT();
  const title = t('jp.title');
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: title, to: HUB }, { label: t(tabLabel(tab)) })} actions={actions}>
      <JoinPromotionNav />
      <Section id="jp-part" title={t(tabLabel(tab))}>
        {children}
      </Section>
    </Page>
  );
}

/** /join-promotion: the new buildings, with the notices' file to export and (the office) to import. */
export function JoinPromotionRoute() {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const deleted = ((location.state ?? {}) as Notice).notice === 'deleted';
  return (
    <HubPage
      tab="buildings"
      actions={
        canRecordInDistrict(me.data) ? (
          <Link className="btn btn-primary" to="/new-buildings/new">
            {t('jp.building.new')}
          </Link>
        ) : null
      }
    >
      {deleted ? <Alert tone="success">{t('jp.building.deleted')}</Alert> : null}
      <p className="lead">{t('jp.building.lead')}</p>
      <BuildingList />
      <BuildingTransfer canImport={isOffice(me.data)} />
    </HubPage>
  );
}

export function LeafletsRoute() {
  return (
    <HubPage tab="leaflets">
      <Leaflets />
    </HubPage>
  );
}

export function AgreementsRoute() {
  return (
    <HubPage tab="agreements">
      <Agreements />
    </HubPage>
  );
}

export function IncorporationsRoute() {
  return (
    <HubPage tab="incorporations">
      <Incorporations />
    </HubPage>
  );
}

export function JoinEffectRoute() {
  return (
    <HubPage tab="effect">
      <EffectDashboard />
    </HubPage>
  );
}

/** 新築集合住宅の登録 (`?district=`: opened from a district's profile, which it belongs to); after saving, its page. */
export function NewBuildingRoute() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const [search] = useSearchParams();
  const districtId = positiveParam(search, 'district');
  const title = t('jp.building.newTitle');
  if (!canRecordInDistrict(me.data)) return <ForbiddenRoute lead={t('jp.building.forbiddenWrite')} />;
  const back = districtId !== undefined ? `/districts/${districtId}` : HUB;
  return (
    <Page title={title} breadcrumbs={crumbs(t, { label: t('jp.title'), to: HUB }, { label: title })}>
      <BuildingForm
        districtId={districtId !== undefined && canRecordInDistrict(me.data, districtId) ? districtId : undefined}
        onSaved={(b) => void navigate(buildingHref(b.id), { state: { notice: 'saved' } satisfies Notice })}
        onCancel={() => void navigate(back)}
      />
    </Page>
  );
}

/** How the building's history writes its counts: units with 戸 (its codes are worded by the history's own table). */
export function buildingHistoryFormat(t: TFunction, lang: Lang) {
  return (field: string, value: unknown, entityType?: string): string | undefined => {
    if (entityType === 'NewBuilding' && (field === 'units' || field === 'joinedUnits') && typeof value === 'number') {
      return formatUnits(value, t, lang);
    }
    return undefined;
  };
}

export const NewBuildingPageRoute = idRoute(BuildingPage);

/**
 * /new-buildings/:id — the building and its notice, the outcome (recorded here), the timeline of contacts with the
 * developer (added here), and its history.
 */
function BuildingPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as Notice;
  const building = useNewBuilding(id);
  const remove = useDeleteNewBuilding(id);
  const [saved] = useState(state.notice === 'saved');
  return (
    <Loaded query={building}>
      {({ data: b, etag }) => (
        <Page
          title={b.name}
          breadcrumbs={crumbs(t, { label: t('jp.title'), to: HUB }, { label: b.name })}
          actions={
            b.permissions.canEdit ? (
              <>
                <Link className="btn btn-secondary" to={`${buildingHref(id)}/edit`}>
                  {t('form.edit')}
                </Link>
                <Button
                  variant="secondary"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('jp.building.confirmDelete', { name: b.name }))) {
                      remove.mutate(etag, { onSuccess: () => void navigate(HUB, { state: { notice: 'deleted' } satisfies Notice }) });
                    }
                  }}
                >
                  {t('jp.building.delete')}
                </Button>
              </>
            ) : null
          }
        >
          {saved ? <Alert tone="success">{t('jp.building.saved')}</Alert> : null}
          {remove.isError ? <Alert tone="error">{problemMessage(remove.error, t)}</Alert> : null}
          <Section id="building-facts" className="jp-section" title={t('jp.building.facts')}>
            <BuildingDetails building={b} />
          </Section>
          <Section id="building-outcome" className="jp-section" title={t('jp.building.outcome')}>
            <OutcomePanel building={b} etag={etag} onReload={() => void building.refetch()} />
          </Section>
          <Section id="building-contacts" className="jp-section" title={t('jp.contact.title')}>
            <p className="field-hint">{t('jp.contact.lead')}</p>
            <ContactTimeline building={b} />
          </Section>
          <Section id="building-history" title={t('history.title')} className="jp-section no-print">
            <HistoryList subject={{ type: 'newBuilding', id }} format={buildingHistoryFormat(t, lang)} />
          </Section>
          <p className="no-print">
            <Link to={`/districts/${b.districtId}`}>{t('jp.building.backToDistrict', { district: b.districtName })}</Link>
            {' · '}
            <Link to={HUB}>{t('jp.building.backToList')}</Link>
          </p>
        </Page>
      )}
    </Loaded>
  );
}

export const EditBuildingRoute = idRoute(EditBuildingPage);

function EditBuildingPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const building = useNewBuilding(id);
  return (
    <Loaded query={building}>
      {({ data: b, etag }) =>
        b.permissions.canEdit ? (
          <Page
            title={t('jp.building.editTitle', { name: b.name })}
            breadcrumbs={crumbs(t, { label: t('jp.title'), to: HUB }, { label: b.name, to: buildingHref(id) }, { label: t('form.edit') })}
          >
            <BuildingForm
              key={etag}
              building={b}
              etag={etag}
              onReload={() => void building.refetch()}
              onSaved={() => void navigate(buildingHref(id), { state: { notice: 'saved' } satisfies Notice })}
              onCancel={() => void navigate(buildingHref(id))}
            />
          </Page>
        ) : (
          <ForbiddenRoute lead={t('jp.building.forbiddenWrite')} />
        )
      }
    </Loaded>
  );
}
