import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useI18n, type TFunction } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import { formatNumber } from '@/utils/format';
import { useDeleteSeat, type Roster, type Seat } from '../api/council-bodies';
import { fillingLabel } from '../utils/labels';
import { VacancyBadge } from './badges';
import { SeatForm } from './seat-form';
import './council-bodies.css';
import '../i18n';

type Mode = { kind: 'add' } | { kind: 'edit'; seat: Seat } | null;

/** A district representatives' seat names the districts without one; past a few, the rest open on request. */
const SHOWN_DISTRICTS = 8;

function VacantDistricts({ districts }: { districts: NonNullable<Seat['vacantDistricts']> }) {
  const { t, lang } = useI18n();
  const names = districts.map((d) => d.name);
  const sep = t('council.listSep');
  if (names.length <= SHOWN_DISTRICTS) {
    return <span className="council-vacant-districts">{t('council.roster.vacantDistricts', { districts: names.join(sep) })}</span>;
  }
  return (
    <details className="council-vacant-districts">
      <summary>
        {t('council.roster.vacantDistrictsSome', {
          districts: names.slice(0, SHOWN_DISTRICTS).join(sep),
          n: formatNumber(names.length - SHOWN_DISTRICTS, lang),
        })}
      </summary>
      {names.slice(SHOWN_DISTRICTS).join(sep)}
    </details>
  );
}

/** Why a seat could not be deleted, in words: a 409 means it still has members. */
function deleteProblem(error: unknown, t: TFunction): string {
  return error instanceof ApiError && error.status === 409 ? t('council.seat.deleteConflict') : problemMessage(error, t);
}

/**
 * 構成と欠員: today's 定数, 在任 and 欠員 over the body, then each seat — 役職, 選出方法, 定数, 在任, 欠員 (the districts
 * without a representative for 各校区の代表) and 任期 — and, for who may change them, adding, changing and deleting a
 * seat.
 */
export function SeatsPanel({ roster }: { roster: Roster }) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const remove = useDeleteSeat(roster.bodyId);
  const addButton = useRef<HTMLButtonElement>(null);
  const n = (v: number) => formatNumber(v, lang);
  const canEdit = roster.permissions.canEdit;
  const open = (next: Mode) => {
    setNotice(undefined);
    remove.reset();
    setMode(next);
  };
  const close = (message?: string) => {
    setMode(null);
    setNotice(message);
    window.setTimeout(() => addButton.current?.focus(), 0);
  };
  return (
    <>
      <p className="council-summary" data-testid="roster-summary">
        {roster.seatTotal > 0
          ? t('council.roster.summary', { seats: n(roster.seatTotal), filled: n(roster.filled), date: formatWarekiDate(roster.asOf, lang) })
          : t('council.roster.noSeats')}{' '}
        {roster.seatTotal > 0 ? <VacancyBadge vacant={roster.vacant} /> : null}
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {remove.isError ? <Alert tone="error">{deleteProblem(remove.error, t)}</Alert> : null}
      {roster.seats.length > 0 ? (
        <DataTable
          label={t('council.roster.caption')}
          rows={roster.seats}
          rowKey={(s) => s.id}
          testId="council-seats"
          columns={[
            { key: 'title', header: t('council.seat.title'), rowHeader: true, cell: (s) => s.title },
            { key: 'seats', header: t('council.seat.seats'), num: true, cell: (s) => n(s.seatsToday) },
            { key: 'filled', header: t('council.seat.filled'), num: true, cell: (s) => n(s.filled) },
            {
              key: 'vacant',
              header: t('council.vacant'),
              className: 'wrap',
              cell: (s) => (
                <>
                  <VacancyBadge vacant={s.vacant} />
                  {s.vacantDistricts && s.vacantDistricts.length > 0 ? <VacantDistricts districts={s.vacantDistricts} /> : null}
                </>
              ),
            },
            { key: 'filling', header: t('council.seat.filling'), cell: (s) => fillingLabel(t, s.filling) },
            {
              key: 'term',
              header: t('council.seat.termYears'),
              cell: (s) => (s.termYears !== undefined ? t('council.years', { n: n(s.termYears) }) : '—'),
            },
            canEdit && {
              key: 'actions',
              header: t('council.actions'),
              cell: (s) => (
                <div className="council-row-buttons">
                  <Button variant="secondary" className="btn-small" onClick={() => open({ kind: 'edit', seat: s })}>
                    {t('council.change')}
                    <span className="visually-hidden">{t('council.seat.of', { title: s.title })}</span>
                  </Button>
                  <Button
                    variant="link"
                    className="btn-small"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (!window.confirm(t('council.seat.confirmDelete', { title: s.title }))) return;
                      open(null);
                      remove.mutate(s, { onSuccess: () => close(t('council.seat.deleted', { title: s.title })) });
                    }}
                  >
                    {t('council.delete')}
                    <span className="visually-hidden">{t('council.seat.of', { title: s.title })}</span>
                  </Button>
                </div>
              ),
            },
          ]}
        />
      ) : null}
      {canEdit && mode?.kind === 'add' ? (
        <SeatForm bodyId={roster.bodyId} onSaved={(s) => close(t('council.seat.saved', { title: s.title }))} onCancel={() => close()} />
      ) : null}
      {canEdit && mode?.kind === 'edit' ? (
        <SeatForm
          key={mode.seat.id}
          bodyId={roster.bodyId}
          seat={mode.seat}
          onSaved={(s) => close(t('council.seat.saved', { title: s.title }))}
          onCancel={() => close()}
        />
      ) : null}
      {canEdit && mode === null ? (
        <div className="panel-actions">
          <Button ref={addButton} variant="secondary" onClick={() => open({ kind: 'add' })}>
            {t('council.seat.add')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
