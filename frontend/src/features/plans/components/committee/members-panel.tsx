import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField, TextField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { TableScroll } from '@/components/ui/table-scroll';
import { useI18n } from '@/lib/i18n';
import { useCommitteeMembers } from '../../api/committee';
import type { CommitteeMember } from '../../api/types';
import { MemberForm } from './member-form';
import { term, type Mode } from './shared';

/**
 * 委員: the members serving now (and, on request, former ones). Contact details are shown only where the API
 * sends them, which is to the office and admins.
 */
export function CommitteeMembersPanel({ canEdit }: { canEdit: boolean }) {
  const { t, lang } = useI18n();
  const [showPast, setShowPast] = useState(false);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const members = useCommitteeMembers({ active: showPast ? undefined : true, q: query || undefined });
  const [mode, setMode] = useState<Mode<CommitteeMember>>(null);
  const [notice, setNotice] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const list = members.data ?? [];
  const withEmail = list.some((m) => m.email);
  const withPhone = list.some((m) => m.phone);
  const caption = t('committee.members');

  const close = (saved: boolean) => {
    setMode(null);
    setNotice(saved);
    window.setTimeout(() => addButton.current?.focus(), 0);
  };

  return (
    <section aria-labelledby="committee-members">
      <h2 id="committee-members">{caption}</h2>
      <form
        className="filters"
        role="search"
        aria-label={t('committee.memberFilters')}
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(q.trim());
        }}
      >
        <TextField label={t('committee.search')} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <CheckboxField label={t('committee.showPast')} checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />
        <div className="filters-actions">
          <Button type="submit">{t('district.searchSubmit')}</Button>
        </div>
      </form>
      {notice ? <Alert tone="success">{t('committee.memberSaved')}</Alert> : null}
      {members.isPending ? (
        <Loading />
      ) : members.isError ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : list.length === 0 ? (
        <p>{t('committee.noMembers')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('committee.member.name')}</th>
                <th scope="col">{t('committee.member.affiliation')}</th>
                <th scope="col">{t('committee.member.roleTitle')}</th>
                <th scope="col">{t('committee.member.term')}</th>
                {withEmail ? <th scope="col">{t('committee.member.email')}</th> : null}
                {withPhone ? <th scope="col">{t('committee.member.phone')}</th> : null}
                {canEdit ? <th scope="col">{t('committee.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id} className={m.active === false ? 'is-past' : undefined}>
                  <th scope="row">
                    {m.name}
                    {m.kana ? (
                      <span className="kana" lang="ja">
                        {m.kana}
                      </span>
                    ) : null}
                    {m.active === false ? <span className="tag tag-status">{t('officer.status.ended')}</span> : null}
                  </th>
                  <td className="wrap">{m.affiliation}</td>
                  <td>{m.roleTitle ?? ''}</td>
                  <td className="term">{term(lang, m.termFrom, m.termTo)}</td>
                  {withEmail ? <td>{m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : ''}</td> : null}
                  {withPhone ? <td className="nowrap">{m.phone ?? ''}</td> : null}
                  {canEdit ? (
                    <td className="row-actions">
                      <Button
                        variant="secondary"
                        className="btn-small"
                        onClick={() => {
                          setNotice(false);
                          setMode({ kind: 'edit', record: m });
                        }}
                      >
                        {t('form.edit')}
                        <span className="visually-hidden">: {m.name}</span>
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {!withEmail && !withPhone && !canEdit ? <p className="field-hint">{t('committee.contactHidden')}</p> : null}

      {canEdit && mode ? (
        <MemberForm
          key={mode.kind === 'edit' ? mode.record.id : 'add'}
          member={mode.kind === 'edit' ? mode.record : undefined}
          onSaved={() => close(true)}
          onCancel={() => close(false)}
        />
      ) : null}
      {canEdit && !mode ? (
        <div className="panel-actions">
          <Button
            ref={addButton}
            variant="secondary"
            onClick={() => {
              setNotice(false);
              setMode({ kind: 'add' });
            }}
          >
            {t('committee.addMember')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

