import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, type FieldProblem, type Problem } from '@/lib/api-error';
import { useVersionedForm, type Reloaded, type VersionedFormOptions } from './use-versioned-form';
import { fieldProblem } from '@/testing/fixtures';
import { problemBody } from '@/testing/msw';

type Values = { name: string; contact: { email: string }; rows: { note: string }[] };
const defaults: Values = { name: 'A', contact: { email: '' }, rows: [{ note: '' }, { note: '' }] };
const schema = z.object({
  name: z.string().trim().min(1, '入力してください。'),
  contact: z.object({ email: z.string() }),
  rows: z.array(z.object({ note: z.string() })),
});

function problem(status: number, errors: Pick<FieldProblem, 'field' | 'message'>[] = [], extra: Partial<Problem> = {}) {
  return new ApiError(status, problemBody(status, { errors: errors.map((e) => fieldProblem(e)), ...extra }));
}

type Submit = VersionedFormOptions<Values, Values, unknown>['submit'];

function Harness({
  submit,
  etag,
  create,
  reload,
}: {
  submit: Submit;
  etag?: string;
  create?: boolean;
  reload?: (current: unknown) => Promise<Reloaded<Values> | void>;
}) {
  const [saved, setSaved] = useState(false);
  const vf = useVersionedForm<Values, Values>({ schema, defaultValues: defaults, etag, create, submit, reload, onSaved: () => setSaved(true) });
  const text = (name: 'name' | 'contact.email' | 'rows.0.note' | 'rows.1.note', label: string) => {
    const error = vf.fieldError(name);
    return (
      <>
        <label>
          {label}
          <input
            {...vf.form.register(name)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${name}-error` : undefined}
          />
        </label>
        {error ? <span id={`${name}-error`}>{error}</span> : null}
      </>
    );
  };
  return (
    <form {...vf.formProps} aria-label="test">
      {saved ? <p role="status">saved</p> : null}
      {vf.stale ? <p role="alert">stale</p> : null}
      {vf.preconditionRequired ? <p role="alert">precondition</p> : null}
      {vf.gone ? <p role="alert">gone</p> : null}
      {vf.stale || vf.preconditionRequired ? (
        <button type="button" onClick={() => void vf.reload()}>
          reload
        </button>
      ) : null}
      <ul aria-label="others">
        {vf.otherErrors.map((e) => (
          <li key={e.field}>{`${e.field}: ${e.message}`}</li>
        ))}
      </ul>
      {text('rows.0.note', 'note 1')}
      {text('rows.1.note', 'note 2')}
      {text('name', 'name')}
      {text('contact.email', 'email')}
      <button type="submit" disabled={vf.saving}>
        save
      </button>
    </form>
  );
}

describe('useVersionedForm', () => {
  it('checks the schema first, sends nothing and focuses the first invalid field', async () => {
    const submit = vi.fn<Submit>();
    render(<Harness submit={submit} etag={'"1"'} />);
    await userEvent.clear(screen.getByLabelText('name'));
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    const name = screen.getByLabelText('name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('入力してください。');
    expect(name).toHaveFocus();
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends the parsed values with the ETag and reports the save', async () => {
    const submit = vi.fn<Submit>(async () => ({}));
    render(<Harness submit={submit} etag={'"4"'} />);
    await userEvent.type(screen.getByLabelText('email'), 'a@example.jp');
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('saved');
    expect(submit).toHaveBeenCalledWith(
      { name: 'A', contact: { email: 'a@example.jp' }, rows: [{ note: '' }, { note: '' }] },
      { etag: '"4"', idempotencyKey: undefined },
    );
  });

  it('puts server errors next to their fields (paths as the server names them) and lists the rest', async () => {
    const submit = vi.fn<Submit>(async () => {
      throw problem(400, [
        { field: 'update.arg1.contact.email', message: 'not an e-mail' },
        { field: 'rows[1].note', message: 'too long' },
        { field: 'unknownThing', message: 'nope' },
      ]);
    });
    render(<Harness submit={submit} etag={'"4"'} />);
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    const note2 = screen.getByLabelText('note 2');
    await expect.poll(() => note2.getAttribute('aria-invalid')).toBe('true');
    expect(note2).toHaveAccessibleDescription('too long');
    expect(note2).toHaveFocus();
    expect(screen.getByLabelText('email')).toHaveAccessibleDescription('not an e-mail');
    expect(screen.getByRole('list', { name: 'others' })).toHaveTextContent('unknownThing: nope');
  });

  it('on 412 offers the current data, then sends its ETag', async () => {
    const submit = vi.fn<Submit>(async (_v, { etag }) => {
      if (etag === '"4"') throw problem(412, [], { current: { name: 'B', version: 7 } });
      return {};
    });
    const reload = vi.fn(async (current: unknown) => ({
      values: { ...defaults, name: (current as { name: string }).name },
      etag: '"7"',
    }));
    render(<Harness submit={submit} etag={'"4"'} reload={reload} />);
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('stale');
    await userEvent.click(screen.getByRole('button', { name: 'reload' }));
    await expect.poll(() => (screen.getByLabelText('name') as HTMLInputElement).value).toBe('B');
    expect(reload).toHaveBeenCalledWith({ name: 'B', version: 7 });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('saved');
    expect(submit.mock.calls[1]![1]).toEqual({ etag: '"7"', idempotencyKey: undefined });
  });

  it('on 428 offers the current data the same way, and says when it is gone', async () => {
    const submit = vi.fn<Submit>(async () => {
      throw problem(428);
    });
    render(<Harness submit={submit} reload={async () => ({ gone: true })} />);
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('precondition');
    expect(submit.mock.calls[0]![1]).toEqual({ etag: undefined, idempotencyKey: undefined });
    await userEvent.click(screen.getByRole('button', { name: 'reload' }));
    expect(await screen.findByText('gone')).toBeInTheDocument();
  });

  it('keeps the Idempotency-Key for a repeated submit and renews it when the values change after a failure', async () => {
    const submit = vi.fn<Submit>(async () => {
      throw problem(500);
    });
    render(<Harness submit={submit} create etag={'"ignored"'} />);
    const save = screen.getByRole('button', { name: 'save' });
    await userEvent.click(save);
    await expect.poll(() => submit.mock.calls.length).toBe(1);
    await userEvent.click(save);
    await expect.poll(() => submit.mock.calls.length).toBe(2);
    await userEvent.type(screen.getByLabelText('name'), 'x');
    await userEvent.click(save);
    await expect.poll(() => submit.mock.calls.length).toBe(3);
    const keys = submit.mock.calls.map((c) => c[1].idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(submit.mock.calls.every((c) => c[1].etag === undefined)).toBe(true);
  });

  it('takes a new Idempotency-Key after a save, as the next submit creates another record', async () => {
    const submit = vi.fn<Submit>(async () => ({}));
    render(<Harness submit={submit} create />);
    const save = screen.getByRole('button', { name: 'save' });
    await userEvent.click(save);
    await expect.poll(() => submit.mock.calls.length).toBe(1);
    await userEvent.click(save);
    await expect.poll(() => submit.mock.calls.length).toBe(2);
    const [first, second] = submit.mock.calls.map((c) => c[1].idempotencyKey);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
  });
});
