import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n, type TFunction } from '@/lib/i18n';
import { formatWarekiDate } from '@/utils/fiscal-year';
import type { CommitteeMeeting } from '../../api/types';

/** Which record a panel's form is open for: a new one, or one to edit. */
export type Mode<T> = { kind: 'add' } | { kind: 'edit'; record: T } | null;

export function term(lang: 'ja' | 'en', from: string | undefined, to: string | undefined): string {
  const f = from ? formatWarekiDate(from, lang) : '';
  const t = to ? formatWarekiDate(to, lang) : '';
  return `${f} 〜 ${t}`.trim();
}

export function meetingName(t: TFunction, m: CommitteeMeeting): string {
  return m.meetingNumber !== undefined
    ? t('committee.meeting.numberValue', { n: m.meetingNumber })
    : t('committee.meeting.unnumbered');
}

/**
 * A panel's form for adding or editing one of its records: which is open, whether the last one saved (the
 * notice), and whether one was closed (the keyboard then goes back to the add button).
 */
export function useRecordForm<T extends { id: number }>() {
  const [mode, setMode] = useState<Mode<T>>(null);
  const [saved, setSaved] = useState(false);
  const [closed, setClosed] = useState(false);
  const open = (next: Mode<T>) => {
    setSaved(false);
    setMode(next);
  };
  const close = (done: boolean) => {
    setMode(null);
    setSaved(done);
    setClosed(true);
  };
  /** The record being edited (undefined: adding); the form is keyed by it, so it starts afresh for another. */
  const editing = mode?.kind === 'edit' ? mode.record : undefined;
  return { mode, saved, closed, open, close, editing, formKey: editing?.id ?? 'add' };
}

export type RecordForm<T extends { id: number }> = ReturnType<typeof useRecordForm<T>>;

/** A row's 編集 button, named with the row for screen readers. */
export function EditRecordButton<T extends { id: number }>({ form, record, name }: { form: RecordForm<T>; record: T; name: string }) {
  const { t } = useI18n();
  return (
    <Button variant="secondary" className="btn-small" onClick={() => form.open({ kind: 'edit', record })}>
      {t('form.edit')}
      <span className="visually-hidden">: {name}</span>
    </Button>
  );
}

/** The panel's add button, shown while no form is open; it takes the keyboard back when a form closes. */
export function AddRecordButton<T extends { id: number }>({ form, label }: { form: RecordForm<T>; label: string }) {
  const button = useRef<HTMLButtonElement>(null);
  const refocus = form.closed;
  useEffect(() => {
    if (refocus) button.current?.focus();
  }, [refocus]);
  return (
    <div className="panel-actions">
      <Button ref={button} variant="secondary" onClick={() => form.open({ kind: 'add' })}>
        {label}
      </Button>
    </div>
  );
}
