import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Page } from '@/components/layout/page';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { HistoryList } from '@/features/audit/components/history-list';
import { useMe, type Me } from '@/lib/auth';
import { hasRole, OFFICE_ROLES } from '@/lib/authorization';

/** Who may read activity records (the API answers the others 403): the profile shows them their section. */
const ACTIVITY_READERS = ['ADMIN', 'OFFICE', 'LIAISON', 'DEPARTMENT'] as const;
/** Who reads the facilities (施設): every staff role but the committee. */
const FACILITY_READERS = ['ADMIN', 'OFFICE', 'LIAISON', 'DEPARTMENT'] as const;
/** 加入促進 (new buildings, incorporation support): read by the same roles; its section loads on its own, with its words. */
const DistrictJoinPromotion = lazy(() =>
  import('@/features/join-promotion/components/district-join-promotion').then((m) => ({ default: m.DistrictJoinPromotion })),
);
import { useDistrict } from '@/features/districts/api/get-district';
import { useOrganizationTree, type OrganizationNode } from '@/features/districts/api/get-organization-tree';
import { DistrictFacts, LiaisonList } from '@/features/districts/components/district-facts';
import { OrganizationTree } from '@/features/districts/components/organization-tree';
import { MembershipExportButtons } from '@/features/exports/components/export-buttons';
import { DistrictActivities } from '@/features/activities/components/district-activities';
import { DistrictFacilities } from '@/features/facilities/components/district-facilities';
import { canAddFacilities } from '@/features/facilities/utils/permissions';
import { canRecordInDistrict } from '@/features/join-promotion/utils/permissions';
import { DistrictProfileSections } from '@/features/map/components/district-profile';
import { canRecordReport } from '@/features/meetings/api/upward-reports';
import { DistrictJoinRateTrend } from '@/features/membership/components/join-rate-trend';
import { termStatus, useOfficers } from '@/features/organizations/api/get-officers';
import { useKindLabel } from '@/lib/reference-data/organization-kinds';
import {
  CreateOrganizationForm,
  type ParentOption,
} from '@/features/organizations/components/create-organization-form';
import { OfficersTable } from '@/features/organizations/components/officers-table';
import { useT } from '@/lib/i18n';
import { isoDate } from '@/utils/fiscal-year';
import { crumbs, idRoute, Loaded } from './shared';
import './district.css';

export const DistrictRoute = idRoute(DistrictPage);

/** 自治協議会: the district council is the root of the tree with that kind. */
function councilOf(tree: OrganizationNode[] | undefined): OrganizationNode | undefined {
  return tree?.find((n) => n.kind === 'DISTRICT_COUNCIL');
}

/** The tree in reading order as a flat list with depths, for choosing a parent. */
export function flattenTree(
  nodes: OrganizationNode[],
  kindLabel: (kind: string | undefined, subKind?: string) => string,
  depth = 0,
  out: ParentOption[] = [],
): ParentOption[] {
  for (const n of nodes) {
    out.push({ id: n.id, name: n.name, kindLabel: kindLabel(n.kind, n.subKind), depth });
    flattenTree(n.children ?? [], kindLabel, depth + 1, out);
  }
  return out;
}

/**
 * Whether the caller may add organizations to the district. The tree's nodes say so for the
 * caller; a district without organizations yet has no node to ask, and then the role decides as
 * the server does (office and admin everywhere, a liaison in the districts assigned to them).
 */
export function canEditDistrict(
  tree: OrganizationNode[] | undefined,
  me: Me | null | undefined,
  districtId: number,
): boolean {
  if (tree && tree.length > 0) return tree.some((n) => n.canEdit === true);
  return hasRole(me, OFFICE_ROLES) || (me?.role === 'LIAISON' && me.districtIds.includes(districtId));
}

/** The council and its officers today (and those about to start); former ones are on its own page. */
function Council({ council }: { council: OrganizationNode | undefined }) {
  const t = useT();
  const officers = useOfficers(council?.id);
  if (!council) return <p>{t('district.noCouncil')}</p>;
  return (
    <>
      <p>
        <Link to={`/organizations/${council.id}`}>{council.name}</Link>
      </p>
      {officers.isPending ? (
        <Loading />
      ) : officers.isError ? (
        <QueryError error={officers.error} onRetry={() => void officers.refetch()} />
      ) : (
        <OfficersTable
          officers={officers.data.filter((o) => termStatus(o, isoDate()) !== 'ended')}
          caption={`${council.name} ${t('org.officers')}`}
        />
      )}
    </>
  );
}

function DistrictPage({ id }: { id: number }) {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe();
  const district = useDistrict(id);
  const tree = useOrganizationTree(id);
  const kindLabel = useKindLabel();
  const [adding, setAdding] = useState(false);

  return (
    <Loaded query={district}>
      {(d) => {
        const name = d.name;
        const council = councilOf(tree.data);
        const mayAdd = tree.isSuccess && canEditDistrict(tree.data, me.data, id);

        return (
          <Page
            title={name}
            breadcrumbs={crumbs(t, { label: t('district.listTitle'), to: '/districts' }, { label: name })}
            actions={
              <Button variant="secondary" onClick={() => window.print()}>
                {t('profile.print')}
              </Button>
            }
          >
            <p className="subtitle">
              <span lang="ja">{d.kana}</span> · {d.wardName}
            </p>
            <p className="no-print">
              <Link to={`/districts/${id}/burden-calendar`}>{t('burden.link')}</Link>
            </p>
            <div className="columns">
              <section aria-labelledby="facts" className="panel">
                <h2 id="facts">{t('district.facts')}</h2>
                <DistrictFacts district={d} />
              </section>
              <section aria-labelledby="liaisons" className="panel">
                <h2 id="liaisons">{t('district.liaisons')}</h2>
                <LiaisonList district={d} />
              </section>
            </div>

            <section aria-labelledby="council" className="panel">
              <h2 id="council">{t('district.council')}</h2>
              {tree.isPending ? <Loading /> : <Council council={council} />}
            </section>

            <section aria-labelledby="tree" className="panel">
              <div className="panel-head">
                <h2 id="tree">{t('district.tree')}</h2>
                {mayAdd && !adding ? (
                  <Button variant="secondary" onClick={() => setAdding(true)}>
                    {t('org.add')}
                  </Button>
                ) : null}
              </div>
              {mayAdd && adding ? (
                <div className="subpanel">
                  <CreateOrganizationForm
                    districtId={id}
                    districtName={name}
                    parents={flattenTree(tree.data, kindLabel)}
                    defaultParentId={council?.id}
                    hasCouncil={council !== undefined}
                    onCreated={(created) => void navigate(`/organizations/${created.id}`, { state: { created: true } })}
                    onCancel={() => setAdding(false)}
                  />
                </div>
              ) : null}
              {tree.isPending ? (
                <Loading />
              ) : tree.isError ? (
                <QueryError error={tree.error} onRetry={() => void tree.refetch()} />
              ) : (
                <OrganizationTree nodes={tree.data} kindLabel={kindLabel} />
              )}
            </section>

            <section aria-labelledby="trend" className="panel">
              <h2 id="trend">{t('district.trend')}</h2>
              <DistrictJoinRateTrend districtId={id} />
              <MembershipExportButtons filter={{ districtId: id }} />
            </section>

            <DistrictProfileSections districtId={id} canRecordReports={canRecordReport(me.data, id)} />
            {hasRole(me.data, FACILITY_READERS) ? <DistrictFacilities districtId={id} canAdd={canAddFacilities(me.data, id)} /> : null}
            {hasRole(me.data, FACILITY_READERS) ? (
              <Suspense fallback={<Loading />}>
                <DistrictJoinPromotion districtId={id} canAdd={canRecordInDistrict(me.data, id)} />
              </Suspense>
            ) : null}
            {hasRole(me.data, ACTIVITY_READERS) ? <DistrictActivities districtId={id} /> : null}

            <section aria-labelledby="history" className="panel no-print">
              <h2 id="history">{t('district.history')}</h2>
              <HistoryList subject={{ type: 'district', id }} />
            </section>
          </Page>
        );
      }}
    </Loaded>
  );
}
