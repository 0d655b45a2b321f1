import { useId, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { CheckboxField } from '@/components/ui/field';
import { QueryState } from '@/components/ui/query-state';
import { useFocusOnMount } from '@/lib/forms';
import { ApiError, problemMessage } from '@/lib/api-error';
import { useI18n, type Lang, type TFunction } from '@/lib/i18n';
import { formatWarekiDate, isoDate } from '@/utils/fiscal-year';
import { useBodyMembers, useDeleteMember, usePersonSeats, type Member, type Roster } from '../api/council-bodies';
import { personName, representing } from '../utils/labels';
import { MemberForm } from './member-form';
import './council-bodies.css';
import '../i18n';

type Mode = { kind: 'add' } | { kind: 'edit'; member: Member } | null;

/** 令和7年5月24日〜令和9年5月31日; an open end leaves the end out. */
export function termText(m: Pick<Member, 'termStart' | 'termEnd'>, t: TFunction, lang: Lang): string {
  return t('council.term', { start: formatWarekiDate(m.termStart, lang), end: m.termEnd ? formatWarekiDate(m.termEnd, lang) : '' }).trim();
}

/** 在任中, 任期終了 or 就任前, by the term against today. */
function termState(m: Member, t: TFunction): string {
  if (m.current) return t('council.member.current');
  return m.termStart > isoDate() ? t('council.member.future') : t('council.member.ended');
}

function deleteProblem(error: unknown, t: TFunction): string {
  return error instanceof ApiError && error.status === 409 ? t('council.member.deleteConflict') : problemMessage(error, t);
}

/**
 * 構成員: who holds the body's seats today, by seat, with whom they represent and their term; on request those whose
 * term ended or is yet to start. Names are personal data: a caller who may not read one sees that it is hidden. The
 * office and liaisons open a person's seats in every body from their name; who may change the body's members adds,
 * changes and removes them here.
 */
export function MembersPanel({ roster, canSeePersons }: { roster: Roster; canSeePersons: boolean }) {
  const { t } = useI18n();
  const [showOthers, setShowOthers] = useState(false);
  const [mode, setMode] = useState<Mode>(null);
  const [person, setPerson] = useState<Member | null>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const current = useBodyMembers(roster.bodyId, true);
  const others = useBodyMembers(roster.bodyId, false, showOthers);
  const remove = useDeleteMember(roster.bodyId);
  const addButton = useRef<HTMLButtonElement>(null);
  const personId = useId();
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
  const table = (rows: Member[], caption: string, testId: string) => (
    <MemberTable
      rows={rows}
      caption={caption}
      testId={testId}
      person={canSeePersons ? { shown: person?.id, panelId: personId, toggle: (m) => setPerson(person?.id === m.id ? null : m) } : undefined}
      actions={
        canEdit
          ? (m) => (
              <div className="council-row-buttons">
                {m.permissions.canEdit && m.personalDataVisible ? (
                  <Button variant="secondary" className="btn-small" onClick={() => open({ kind: 'edit', member: m })}>
                    {t('council.change')}
                    <span className="visually-hidden">{t('council.member.of', { name: personName(m, t) })}</span>
                  </Button>
                ) : null}
                {m.permissions.canEdit ? (
                  <Button
                    variant="link"
                    className="btn-small"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (!window.confirm(t('council.member.confirmDelete', { name: personName(m, t), seat: m.seatTitle }))) return;
                      open(null);
                      remove.mutate(m, { onSuccess: () => close(t('council.member.deleted', { name: personName(m, t) })) });
                    }}
                  >
                    {t('council.delete')}
                    <span className="visually-hidden">{t('council.member.of', { name: personName(m, t) })}</span>
                  </Button>
                ) : null}
              </div>
            )
          : undefined
      }
    />
  );

  return (
    <>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {remove.isError ? <Alert tone="error">{deleteProblem(remove.error, t)}</Alert> : null}
      <QueryState query={current} isEmpty={(rows) => rows.length === 0} empty={t('council.member.noneCurrent')}>
        {(rows) => table(rows, t('council.member.currentCaption'), 'council-members')}
      </QueryState>
      <div className="council-toolbar">
        <CheckboxField label={t('council.member.showOthers')} checked={showOthers} onChange={(e) => setShowOthers(e.target.checked)} />
      </div>
      {showOthers ? (
        <QueryState query={others} isEmpty={(rows) => rows.length === 0} empty={t('council.member.noneOthers')}>
          {(rows) => table(rows, t('council.member.othersCaption'), 'council-members-others')}
        </QueryState>
      ) : null}
      {person ? (
        <PersonSeats
          key={person.id}
          member={person}
          id={personId}
          onClose={() => {
            const id = person.id;
            setPerson(null);
            // back to the name the panel was opened from
            window.setTimeout(() => document.querySelector<HTMLElement>(`button[data-person="${id}"]`)?.focus(), 0);
          }}
        />
      ) : null}
      {canEdit && mode?.kind === 'add' ? (
        <MemberForm roster={roster} onSaved={(m) => close(t('council.member.saved', { name: personName(m, t) }))} onCancel={() => close()} />
      ) : null}
      {canEdit && mode?.kind === 'edit' ? (
        <MemberForm
          key={mode.member.id}
          roster={roster}
          member={mode.member}
          onSaved={(m) => close(t('council.member.saved', { name: personName(m, t) }))}
          onCancel={() => close()}
        />
      ) : null}
      {canEdit && mode === null ? (
        <div className="panel-actions">
          {roster.seats.length === 0 ? (
            <p className="field-hint">{t('council.member.seatsFirst')}</p>
          ) : (
            <Button ref={addButton} variant="secondary" onClick={() => open({ kind: 'add' })}>
              {t('council.member.add')}
            </Button>
          )}
        </div>
      ) : null}
    </>
  );
}

type PersonLink = { shown: number | undefined; panelId: string; toggle: (m: Member) => void };

function MemberTable({
  rows,
  caption,
  testId,
  person,
  actions,
}: {
  rows: Member[];
  caption: string;
  testId: string;
  person?: PersonLink;
  actions?: (m: Member) => ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <DataTable
      label={caption}
      rows={rows}
      rowKey={(m) => m.id}
      testId={testId}
      columns={[
        {
          key: 'name',
          header: t('council.member.name'),
          rowHeader: true,
          cell: (m) =>
            person && m.personalDataVisible && m.personName ? (
              <Button
                variant="link"
                className="council-name"
                aria-expanded={person.shown === m.id}
                aria-controls={person.shown === m.id ? person.panelId : undefined}
                data-person={m.id}
                onClick={() => person.toggle(m)}
              >
                {m.personName}
              </Button>
            ) : (
              <span className={m.personalDataVisible ? undefined : 'muted'}>{personName(m, t)}</span>
            ),
        },
        { key: 'seat', header: t('council.seat.title'), cell: (m) => m.seatTitle },
        { key: 'representing', header: t('council.member.representing'), className: 'wrap', cell: (m) => representing(m, t) },
        { key: 'term', header: t('council.member.term'), className: 'nowrap', cell: (m) => termText(m, t, lang) },
        !rows.every((m) => m.current) && { key: 'state', header: t('council.member.state'), cell: (m) => termState(m, t) },
        { key: 'note', header: t('council.note'), className: 'wrap', cell: (m) => m.note ?? '' },
        actions && { key: 'actions', header: t('council.actions'), cell: actions },
      ]}
    />
  );
}

/** A person's seats across the bodies, current and past: who holds what where (office and liaisons). */
function PersonSeats({ member, id, onClose }: { member: Member; id: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const seats = usePersonSeats(member.id);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const name = personName(member, t);
  return (
    <section id={id} className="council-person" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('council.person.title', { name })}
      </h3>
      <QueryState query={seats} isEmpty={(rows) => rows.length === 0} empty={t('council.person.none')}>
        {(rows) => (
          <DataTable
            label={t('council.person.title', { name })}
            rows={rows}
            rowKey={(m) => m.id}
            testId="council-person-seats"
            columns={[
              {
                key: 'body',
                header: t('council.body'),
                rowHeader: true,
                className: 'wrap',
                cell: (m) => <Link to={`/council-bodies/${m.bodyId}`}>{m.bodyName}</Link>,
              },
              { key: 'seat', header: t('council.seat.title'), cell: (m) => m.seatTitle },
              { key: 'representing', header: t('council.member.representing'), className: 'wrap', cell: (m) => representing(m, t) },
              { key: 'term', header: t('council.member.term'), className: 'nowrap', cell: (m) => termText(m, t, lang) },
              { key: 'state', header: t('council.member.state'), cell: (m) => termState(m, t) },
            ]}
          />
        )}
      </QueryState>
      <Button variant="secondary" onClick={onClose}>
        {t('council.person.close')}
      </Button>
    </section>
  );
}
