import { Link } from 'react-router';
import { DataTable } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/query-state';
import { pickLabel, useI18n } from '@/lib/i18n';
import { formatNumber } from '@/utils/format';
import { BODY_SIDES, useCouncilBodyList, type CouncilBody } from '../api/council-bodies';
import { bodyKindLabel, quorumLabel, sideLabel } from '../utils/labels';
import { VacancyBadge } from './badges';
import './council-bodies.css';
import '../i18n';

/**
 * 会議体の一覧 (the figures first, so a phone shows them beside the fixed name): the bodies in display order, 地域側 (the councils' 総会, 理事会, 部会, the districts' own meetings) then
 * 市側 (the city's coordination councils), each with its 定数, its 欠員 (marked when there is one) and its 定足数.
 */
export function CouncilBodyList() {
  const { t } = useI18n();
  const bodies = useCouncilBodyList();
  return (
    <QueryState query={bodies} isEmpty={(b) => b.length === 0} empty={t('council.list.empty')}>
      {(all) => (
        <>
          {BODY_SIDES.map((side) => {
            const rows = all.filter((b) => b.side === side);
            if (rows.length === 0) return null;
            const id = `council-side-${side.toLowerCase()}`;
            return (
              <section key={side} aria-labelledby={id} className="council-side">
                <h2 id={id}>{sideLabel(t, side)}</h2>
                <BodyTable rows={rows} caption={t('council.list.caption', { side: sideLabel(t, side) })} />
              </section>
            );
          })}
        </>
      )}
    </QueryState>
  );
}

function BodyTable({ rows, caption }: { rows: CouncilBody[]; caption: string }) {
  const { t, lang } = useI18n();
  return (
    <DataTable
      label={caption}
      rows={rows}
      rowKey={(b) => b.id}
      columns={[
        {
          key: 'name',
          header: t('council.body'),
          rowHeader: true,
          className: 'wrap',
          cell: (b) => <Link to={`/council-bodies/${b.id}`}>{pickLabel(lang, { labelJa: b.nameJa, labelEn: b.nameEn })}</Link>,
        },
        {
          key: 'seats',
          header: t('council.seatTotal'),
          num: true,
          cell: (b) => (b.seatTotal > 0 ? t('council.people', { n: formatNumber(b.seatTotal, lang) }) : t('council.noSeats')),
        },
        { key: 'vacant', header: t('council.vacant'), cell: (b) => (b.seatTotal > 0 ? <VacancyBadge vacant={b.vacant} /> : '—') },
        { key: 'quorum', header: t('council.quorum'), cell: (b) => quorumLabel(t, b.quorum, b.proxiesCount) },
        { key: 'kind', header: t('council.kindLabel'), cell: (b) => bodyKindLabel(t, b.kind) },
        { key: 'council', header: t('council.organization'), className: 'wrap', cell: (b) => b.organizationName ?? '—' },
      ]}
    />
  );
}
