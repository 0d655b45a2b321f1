import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { CheckboxField, TextField } from '@/components/ui/field';
import { FilterActions } from '@/components/ui/filters';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n';
import { useCommitteeMembers } from '../../api/committee';
import type { CommitteeMember } from '../../api/types';
import { MemberForm } from './member-form';
import { AddRecordButton, EditRecordButton, term, useRecordForm } from './shared';

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
  const form = useRecordForm<CommitteeMember>();

  const list = members.data ?? [];
  const withEmail = list.some((m) => m.email);
  const withPhone = list.some((m) => m.phone);
  const caption = t('committee.members');

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
        <FilterActions />
      </form>
      {form.saved ? <Alert tone="success">{t('committee.memberSaved')}</Alert> : null}
      <QueryState query={members} isEmpty={(l) => l.length === 0} empty={t('committee.noMembers')}>
        {(rows) => (
          <DataTable
            label={caption}
            rows={rows}
            rowKey={(m) => m.id}
            rowProps={(m) => ({ className: m.active === false ? 'is-past' : undefined })}
            columns={[
              {
                key: 'name',
                header: t('committee.member.name'),
                rowHeader: true,
                cell: (m) => (
                  <>
                    {m.name}
                    {m.kana ? (
                      <span className="kana" lang="ja">
                        {m.kana}
                      </span>
                    ) : null}
                    {m.active === false ? <span className="tag tag-status">{t('officer.status.ended')}</span> : null}
                  </>
                ),
              },
              { key: 'affiliation', header: t('committee.member.affiliation'), className: 'wrap', cell: (m) => m.affiliation },
              { key: 'roleTitle', header: t('committee.member.roleTitle'), cell: (m) => m.roleTitle ?? '' },
              { key: 'term', header: t('committee.member.term'), className: 'term', cell: (m) => term(lang, m.termFrom, m.termTo) },
              withEmail && {
                key: 'email',
                header: t('committee.member.email'),
                cell: (m) => (m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : ''),
              },
              withPhone && { key: 'phone', header: t('committee.member.phone'), className: 'nowrap', cell: (m) => m.phone ?? '' },
              canEdit && {
                key: 'actions',
                header: t('committee.actions'),
                className: 'row-actions',
                cell: (m) => <EditRecordButton form={form} record={m} name={m.name} />,
              },
            ]}
          />
        )}
      </QueryState>
      {!withEmail && !withPhone && !canEdit ? <p className="field-hint">{t('committee.contactHidden')}</p> : null}

      {canEdit && form.mode ? (
        <MemberForm
          key={form.formKey}
          member={form.editing}
          onSaved={() => form.close(true)}
          onCancel={() => form.close(false)}
        />
      ) : null}
      {canEdit && !form.mode ? <AddRecordButton form={form} label={t('committee.addMember')} /> : null}
    </section>
  );
}

