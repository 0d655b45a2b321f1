import { Link, useParams } from 'react-router';
import { Page } from '@/components/layout/page';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { HistoryList } from '@/features/audit/components/history-list';
import { useDistrict } from '@/features/districts/api/get-district';
import { useOrganizationTree, type OrganizationNode } from '@/features/districts/api/get-organization-tree';
import { DistrictFacts, LiaisonList } from '@/features/districts/components/district-facts';
import { OrganizationTree } from '@/features/districts/components/organization-tree';
import { DistrictJoinRateTrend } from '@/features/membership/components/join-rate-trend';
import { useOfficers } from '@/features/organizations/api/get-officers';
import { useKindLabel } from '@/features/organizations/api/get-organization-kinds';
import { OfficersTable } from '@/features/organizations/components/officers-table';
import { ApiError } from '@/lib/api-error';
import { useT } from '@/lib/i18n';
import { NotFoundRoute } from './not-found';

export function parseId(raw: string | undefined): number | undefined {
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

export function DistrictRoute() {
  const id = parseId(useParams().id);
  if (id === undefined) return <NotFoundRoute />;
  return <DistrictPage key={id} id={id} />;
}

/** 自治協議会: the district council is the root of the tree with that kind. */
function councilOf(tree: OrganizationNode[] | undefined): OrganizationNode | undefined {
  return tree?.find((n) => n.kind === 'DISTRICT_COUNCIL');
}

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
        <OfficersTable officers={officers.data} caption={`${council.name ?? ''} ${t('org.officers')}`} />
      )}
    </>
  );
}

function DistrictPage({ id }: { id: number }) {
  const t = useT();
  const district = useDistrict(id);
  const tree = useOrganizationTree(id);
  const kindLabel = useKindLabel();

  if (district.isPending) return <Loading />;
  if (district.isError) {
    if (district.error instanceof ApiError && district.error.status === 404) return <NotFoundRoute />;
    return <QueryError error={district.error} onRetry={() => void district.refetch()} />;
  }
  const d = district.data;
  const name = d.name ?? d.code ?? '';
  return (
    <Page
      title={name}
      breadcrumbs={[
        { label: t('nav.home'), to: '/' },
        { label: t('district.listTitle'), to: '/districts' },
        { label: name },
      ]}
    >
      <p className="subtitle">
        <span lang="ja">{d.kana}</span> · {d.wardName}
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
        {tree.isPending ? <Loading /> : <Council council={councilOf(tree.data)} />}
      </section>

      <section aria-labelledby="tree" className="panel">
        <h2 id="tree">{t('district.tree')}</h2>
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
      </section>

      <section aria-labelledby="history" className="panel">
        <h2 id="history">{t('district.history')}</h2>
        <HistoryList subject={{ type: 'district', id }} />
      </section>
    </Page>
  );
}
