import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import {
  get,
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { ApiError, type FieldProblem } from '@/lib/api-error';
import { newKey } from '@/utils/id';
import { focusAfterSave } from './focus';

/**
 * What a reload after a 412/428 found: the values to start again from (none: keep what was typed) and the
 * current ETag, or that the record is gone.
 */
export type Reloaded<TValues> = { values?: TValues; etag?: string } | { gone: true };

export type VersionedFormOptions<TValues extends FieldValues, TOutput, TResult> = {
  /** Client-side rules, only those the user needs at once; the server stays the authority. */
  schema: z.ZodType<TOutput, TValues>;
  /** The values of the loaded representation (or of an empty form). */
  defaultValues: TValues;
  /**
   * Edit: the ETag of the representation `defaultValues` came from, sent as If-Match ('' or undefined: there
   * is no version yet, e.g. a first entry). Ignored with `create`.
   */
  etag?: string | undefined;
  /**
   * Create: an Idempotency-Key is kept for the life of the form, renewed when the values change after a failure
   * and after a save (what is submitted next is another record, even with the same values).
   */
  create?: boolean;
  /** Sends the values; resolves with the saved representation, rejects with an ApiError. */
  submit: (values: TOutput, meta: { etag: string | undefined; idempotencyKey: string | undefined }) => Promise<TResult>;
  onSaved?: (result: TResult, values: TOutput) => void;
  /** Called when the server refused (after the errors are placed). */
  onFailed?: (error: unknown) => void;
  /**
   * Loads the current representation after a 412 (or a 428). `current` is what the server sent with the 412, if
   * anything. Return the values to start again from, `{ gone: true }`, or nothing when the caller remounts the form.
   */
  reload?: (current: unknown) => Promise<Reloaded<TValues> | void>;
  /**
   * A server field path (`rows[2].rating`, `schedule`) → the form field that shows its error; '' leaves it to the
   * alert; undefined: the path itself, if it names a value of the form.
   */
  fieldOf?: (serverField: string) => string | undefined;
  /** Where the keyboard goes after a save when the focused element went away (default: success message, h1). */
  focusAfterSave?: () => HTMLElement | null | undefined;
  /**
   * A form that opens in place of what it edits (after 編集): the keyboard goes to its first field when it opens,
   * rather than staying on a button that went away or several tab stops before the form.
   */
  focusOnOpen?: boolean;
};

export type VersionedForm<TValues extends FieldValues, TOutput = TValues> = {
  form: UseFormReturn<TValues, unknown, TOutput>;
  /** Spread on <form>: ref (for focusing the first invalid field), onSubmit and noValidate. */
  formProps: {
    ref: React.RefObject<HTMLFormElement | null>;
    onSubmit: (e?: FormEvent) => Promise<void>;
    noValidate: true;
  };
  /** Submits as the form's submit button would (Ctrl+S, a confirm button elsewhere). */
  submit: () => Promise<void>;
  /** The message for a field (client rule or server), keyed by its path (`contact.email`, `evidence.0.url`). */
  fieldError: (name: string) => string | undefined;
  /** The last submit's failure (an ApiError, usually), until the next submit or reload. */
  failure: unknown;
  /** 412: someone else saved in between; saving again is pointless until the current data is loaded. */
  stale: boolean;
  /** 428: the form had no version to send (If-Match missing); load the current data to get one. */
  preconditionRequired: boolean;
  /** Field errors of the failure that belong to no field of this form: the form-level alert lists them. */
  otherErrors: FieldProblem[];
  /** Loads the current representation (see `reload`). */
  reload: () => Promise<void>;
  reloading: boolean;
  /** A reload found the record deleted. */
  gone: boolean;
  saving: boolean;
  etag: string | undefined;
  idempotencyKey: string | undefined;
  /** Forgets the failure (and the server's field errors). */
  clearFailure: () => void;
};

/** The first field of a form a user can type in or choose from. */
export function firstField(form: HTMLElement | null): HTMLElement | null {
  return (
    form?.querySelector<HTMLElement>(
      'input:not([type="hidden"]):not([disabled]):not([readonly]), select:not([disabled]), textarea:not([disabled]):not([readonly])',
    ) ?? null
  );
}

/** `rows[2].rating` → `rows.2.rating`, the path react-hook-form uses. */
export function formPath(serverField: string): string {
  return serverField.replace(/\[(\d+)\]/g, '.$1');
}

/** The server's path without the Java method and argument it may still carry (`update.arg1.phone` → `phone`). */
function bodyPath(serverField: string): string | undefined {
  return /^[^.]+\.(?:arg\d+|body)\.(.+)$/.exec(serverField)?.[1];
}

/**
 * One editing form: react-hook-form with a zod schema, the version it was filled from (If-Match) or, when
 * creating, an Idempotency-Key, and the same handling of every refusal: problem details' `errors` go next to
 * their fields, the rest into a form-level alert; 412 and 428 offer to load the current data; after a failed
 * submit the keyboard goes to the first invalid field.
 */
export function useVersionedForm<TValues extends FieldValues, TOutput = TValues, TResult = unknown>(
  options: VersionedFormOptions<TValues, TOutput, TResult>,
): VersionedForm<TValues, TOutput> {
  const latest = useRef(options);
  const form = useForm<TValues, unknown, TOutput>({
    // The schema of the latest render (its messages follow the language, its rules what the form was loaded with).
    resolver: (values, context, resolverOptions) =>
      (zodResolver(latest.current.schema as never) as unknown as Resolver<TValues, unknown, TOutput>)(
        values,
        context,
        resolverOptions,
      ),
    defaultValues: options.defaultValues as DefaultValues<TValues>,
    // Messages stay until the next submit, as they always have; focus is ours (reading order, server errors too).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [etag, setEtag] = useState(options.create ? undefined : options.etag || undefined);
  const [idempotencyKey, setIdempotencyKey] = useState(() => (options.create ? newKey() : undefined));
  const keyUsed = useRef(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [otherErrors, setOtherErrors] = useState<FieldProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [reloading, setReloading] = useState(false);
  const [gone, setGone] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  const focusPending = useRef(false);
  const submitCount = form.formState.submitCount;
  // After a failed submit the keyboard goes to the first invalid field in reading order, once it is rendered
  // (react-hook-form publishes the schema's errors with the submit count, the server's come with `attempt`).
  // A layout effect: the submit handler settles outside React's event, so a passive effect would run late.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    const first = ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    focusPending.current = false;
    first.focus();
  }, [attempt, submitCount]);
  // A form opened by 編集: the keyboard to its first field, once.
  const focusOnOpen = !!options.focusOnOpen;
  useEffect(() => {
    if (focusOnOpen) firstField(ref.current)?.focus();
  }, [focusOnOpen]);
  // The latest options for the handlers (submit, reload, schema), without re-subscribing anything.
  useLayoutEffect(() => {
    latest.current = options;
  });

  // A changed body is a new request: after a failure the server would refuse the old key with another body.
  const create = !!options.create;
  useEffect(() => {
    if (!create) return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name === undefined || !keyUsed.current) return;
        keyUsed.current = false;
        setIdempotencyKey(newKey());
      },
    });
  }, [form, create]);

  const placeErrors = useCallback(
    (error: unknown) => {
      const others: FieldProblem[] = [];
      if (error instanceof ApiError) {
        const values = form.getValues();
        const placed = new Set<string>();
        for (const problem of error.problem.errors ?? []) {
          const message = problem.message;
          const raw = problem.field;
          const candidates = [raw, bodyPath(raw)].filter((f): f is string => !!f);
          // fieldOf decides where it can ('' → the alert); otherwise a path that names a value of the form.
          const field = candidates
            .map((f) => {
              const mapped = latest.current.fieldOf?.(f);
              if (mapped !== undefined) return mapped;
              const path = formPath(f);
              const v: unknown = get(values, path);
              return v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v)) ? path : '';
            })
            .find((f) => f !== '');
          if (!field) {
            others.push(problem);
            continue;
          }
          if (placed.has(field)) continue;
          placed.add(field);
          // A message the browser already gave for the field wins (it is the one the user can act on first). Read
          // from the form's current state, not the render's snapshot: that may still hold the message of an earlier
          // submit the user has since corrected.
          if (!form.getFieldState(field as FieldPath<TValues>).error) {
            form.setError(field as FieldPath<TValues>, { type: 'server', message });
          }
        }
      }
      setOtherErrors(others);
    },
    [form],
  );

  const onValid = async (values: TOutput) => {
    setFailure(undefined);
    setOtherErrors([]);
    const o = latest.current;
    try {
      if (o.create) keyUsed.current = true;
      const result = await o.submit(values, { etag: o.create ? undefined : etag, idempotencyKey });
      if (o.create) {
        keyUsed.current = false;
        setIdempotencyKey(newKey());
      }
      o.onSaved?.(result, values);
      focusAfterSave(o.focusAfterSave);
    } catch (error) {
      setFailure(error);
      placeErrors(error);
      focusPending.current = true;
      setAttempt((a) => a + 1);
      o.onFailed?.(error);
    }
  };
  const onSubmit = (e?: FormEvent) =>
    form.handleSubmit(onValid, () => {
      focusPending.current = true;
      setAttempt((a) => a + 1);
    })(e);

  const clearFailure = useCallback(() => {
    setFailure(undefined);
    setOtherErrors([]);
    form.clearErrors();
  }, [form]);

  const reload = async () => {
    const current = failure instanceof ApiError ? failure.current : undefined;
    const o = latest.current;
    if (!o.reload) {
      clearFailure();
      return;
    }
    setReloading(true);
    try {
      const fresh = await o.reload(current);
      if (fresh && 'gone' in fresh) {
        setGone(true);
        return;
      }
      if (fresh) {
        if (fresh.values) form.reset(fresh.values);
        if (!o.create) setEtag(fresh.etag || undefined);
      }
      clearFailure();
    } finally {
      setReloading(false);
    }
  };

  const status = failure instanceof ApiError ? failure.status : undefined;
  return {
    form,
    formProps: { ref, onSubmit, noValidate: true },
    submit: () => onSubmit(),
    fieldError: (name) => (get(form.formState.errors, name) as { message?: string } | undefined)?.message,
    failure,
    stale: status === 412,
    preconditionRequired: status === 428,
    otherErrors,
    reload,
    reloading,
    gone,
    saving: form.formState.isSubmitting,
    etag,
    idempotencyKey,
    clearFailure,
  };
}
