import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { StaleAlert } from '@/components/ui/stale-alert';
import { ApiError, fieldErrorsOf, problemMessage } from '@/lib/api-error';
import { mergeErrors, useFocusFirstInvalid } from '@/lib/form';
import { enumLabel, useT } from '@/lib/i18n';
import { isoDate } from '@/utils/fiscal-year';
import type { Officer } from '../api/get-officers';
import { officerEtag, officerInputOf, useDeleteOfficer, useUpdateOfficer } from '../api/officer-mutations';

type Props = {
  organizationId: number;
  officer: Officer;
  onDone: (officer: Officer) => void;
  onCancel: () => void;
  /** The officer as it is now (after a 412), or undefined if it is gone. */
  onReload: () => Promise<Officer | undefined>;
};

function useHeadingFocus() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

/**
 * 任期終了: records the last day of the term (today unless changed). The rest of the officer is
 * sent back as it was read, with its ETag.
 */
export function EndTermForm({ organizationId, officer, onDone, onCancel, onReload }: Props) {
  const t = useT();
  const update = useUpdateOfficer(organizationId);
  const [base, setBase] = useState(officer);
  const [termEnd, setTermEnd] = useState(() => {
    const today = isoDate();
    return officer.termStart && officer.termStart > today ? officer.termStart : today;
  });
  const [clientError, setClientError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [gone, setGone] = useState(false);
  const form = useFocusFirstInvalid(attempt);
  const heading = useHeadingFocus();
  const stale = update.error instanceof ApiError && update.error.isStale;
  const errors = mergeErrors(clientError ? { termEnd: clientError } : {}, fieldErrorsOf(update.error));
  const title = t('officer.endTermTitle', {
    name: officer.personName ?? '',
    role: enumLabel(t, 'officer.role', officer.role),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const error = !termEnd
      ? t('form.requiredMissing')
      : base.termStart && termEnd < base.termStart
        ? t('officer.termOrder')
        : undefined;
    setClientError(error);
    if (error || base.id === undefined) {
      setAttempt((a) => a + 1);
      return;
    }
    update.mutate(
      { id: base.id, etag: officerEtag(base), body: officerInputOf(base, { termEnd }) },
      { onSuccess: onDone, onError: () => setAttempt((a) => a + 1) },
    );
  };

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) {
        setBase(fresh);
        update.reset();
      } else setGone(true);
    } finally {
      setReloading(false);
    }
  };

  return (
    <form ref={form} className="form form-panel" onSubmit={submit} noValidate aria-label={title}>
      <h3 ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>{t('officer.endTermLead')}</p>
      {gone ? (
        <Alert tone="warning">{t('officer.gone')}</Alert>
      ) : stale ? (
        <StaleAlert onReload={() => void reload()} reloading={reloading} />
      ) : update.error ? (
        <Alert tone="error">{problemMessage(update.error, t)}</Alert>
      ) : null}
      <TextField
        label={t('officer.termEnd')}
        name="termEnd"
        type="date"
        required
        value={termEnd}
        error={errors.termEnd}
        onChange={(e) => setTermEnd(e.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={update.isPending || stale || gone}>
          {update.isPending ? t('form.saving') : t('officer.endTermSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** 削除: asks once more, in words that point a finished term to 任期終了 instead. */
export function DeleteOfficerConfirm({ organizationId, officer, onDone, onCancel, onReload }: Props) {
  const t = useT();
  const remove = useDeleteOfficer(organizationId);
  const [base, setBase] = useState(officer);
  const [reloading, setReloading] = useState(false);
  const [gone, setGone] = useState(false);
  const heading = useHeadingFocus();
  const stale = remove.error instanceof ApiError && remove.error.isStale;
  const title = t('officer.deleteTitle', {
    name: officer.personName ?? '',
    role: enumLabel(t, 'officer.role', officer.role),
  });

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await onReload();
      if (fresh) {
        setBase(fresh);
        remove.reset();
      } else setGone(true);
    } finally {
      setReloading(false);
    }
  };

  return (
    <section className="form-panel confirm-panel" aria-labelledby="officer-delete-title">
      <h3 id="officer-delete-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p>{t('officer.deleteLead')}</p>
      {gone ? (
        <Alert tone="warning">{t('officer.gone')}</Alert>
      ) : stale ? (
        <StaleAlert onReload={() => void reload()} reloading={reloading} />
      ) : remove.error ? (
        <Alert tone="error">{problemMessage(remove.error, t)}</Alert>
      ) : null}
      <div className="form-actions">
        <Button
          className="btn-danger"
          disabled={remove.isPending || stale || gone || base.id === undefined}
          onClick={() =>
            base.id !== undefined &&
            remove.mutate({ id: base.id, etag: officerEtag(base) }, { onSuccess: () => onDone(base) })
          }
        >
          {remove.isPending ? t('officer.deleting') : t('officer.deleteSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('form.cancel')}
        </Button>
      </div>
    </section>
  );
}
