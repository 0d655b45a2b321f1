import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CheckboxField } from '@/components/ui/field';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { enumLabel, useT, type MessageKey } from '@/lib/i18n';
import { isoDate } from '@/utils/fiscal-year';
import { officersQueryOptions, termStatus, useOfficers, type Officer } from '../api/get-officers';
import { DeleteOfficerConfirm, EndTermForm } from './officer-end-term';
import { OfficerForm } from './officer-form';
import { OfficersTable } from './officers-table';
import './officers-panel.css';

type Mode = { kind: 'add' } | { kind: 'edit' | 'end' | 'delete'; officer: Officer } | null;

/**
 * 役員: the officers in office (and those whose term is yet to start), former officers on request,
 * and, for those who may edit the organization, adding, editing, ending a term and deleting.
 */
export function OfficersPanel({
  organizationId,
  canEdit,
  caption,
}: {
  organizationId: number;
  canEdit: boolean;
  caption: string;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const officers = useOfficers(organizationId);
  const [showPast, setShowPast] = useState(false);
  const [mode, setMode] = useState<Mode>(null);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  if (officers.isPending) return <Loading />;
  if (officers.isError) return <QueryError error={officers.error} onRetry={() => void officers.refetch()} />;

  const today = isoDate();
  const all = officers.data;
  const formerCount = all.filter((o) => termStatus(o, today) === 'ended').length;
  const shown = showPast ? all : all.filter((o) => termStatus(o, today) !== 'ended');

  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };
  const close = (message: MessageKey | null) => {
    setMode(null);
    setNotice(message);
    // The form that had focus is gone; continue from the button that starts the next task.
    window.setTimeout(() => addButton.current?.focus(), 0);
  };
  const reload = async (id: number | undefined) => {
    const fresh = await queryClient.fetchQuery({ ...officersQueryOptions(organizationId), staleTime: 0 });
    return fresh.find((o) => o.id === id);
  };
  const who = (o: Officer) => `${o.personName ?? ''}（${enumLabel(t, 'officer.role', o.role)}）`;

  const actions = canEdit
    ? (o: Officer) => (
        <div className="row-buttons">
          <Button variant="secondary" className="btn-small" onClick={() => open({ kind: 'edit', officer: o })}>
            {t('officer.edit')}{' '}
            <span className="visually-hidden">{who(o)}</span>
          </Button>
          {termStatus(o, today) !== 'ended' ? (
            <Button variant="secondary" className="btn-small" onClick={() => open({ kind: 'end', officer: o })}>
              {t('officer.endTerm')}{' '}
              <span className="visually-hidden">{who(o)}</span>
            </Button>
          ) : null}
          <Button variant="link" className="btn-small" onClick={() => open({ kind: 'delete', officer: o })}>
            {t('officer.delete')}{' '}
            <span className="visually-hidden">{who(o)}</span>
          </Button>
        </div>
      )
    : undefined;

  return (
    <div className="officers">
      {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
      {formerCount > 0 ? (
        <CheckboxField
          label={`${t('officer.showPast')}（${formerCount}）`}
          checked={showPast}
          onChange={(e) => setShowPast(e.target.checked)}
        />
      ) : null}
      <OfficersTable
        officers={shown}
        caption={caption}
        actions={actions}
        emptyText={all.length > 0 ? t('officer.noCurrent') : undefined}
      />

      {canEdit && mode?.kind === 'add' ? (
        <OfficerForm
          organizationId={organizationId}
          onSaved={() => close('officer.saved')}
          onCancel={() => close(null)}
        />
      ) : null}
      {canEdit && mode?.kind === 'edit' ? (
        <OfficerForm
          key={mode.officer.id}
          organizationId={organizationId}
          officer={mode.officer}
          onSaved={() => close('officer.saved')}
          onCancel={() => close(null)}
          onReload={() => reload(mode.officer.id)}
        />
      ) : null}
      {canEdit && mode?.kind === 'end' ? (
        <EndTermForm
          key={mode.officer.id}
          organizationId={organizationId}
          officer={mode.officer}
          onDone={() => close('officer.ended')}
          onCancel={() => close(null)}
          onReload={() => reload(mode.officer.id)}
        />
      ) : null}
      {canEdit && mode?.kind === 'delete' ? (
        <DeleteOfficerConfirm
          key={mode.officer.id}
          organizationId={organizationId}
          officer={mode.officer}
          onDone={() => close('officer.deleted')}
          onCancel={() => close(null)}
          onReload={() => reload(mode.officer.id)}
        />
      ) : null}

      {canEdit && mode === null ? (
        <div className="panel-actions">
          <Button ref={addButton} variant="secondary" onClick={() => open({ kind: 'add' })}>
            {t('officer.add')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
