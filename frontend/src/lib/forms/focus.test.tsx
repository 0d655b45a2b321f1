import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useEditSwitch } from './focus';
import { useVersionedForm } from './use-versioned-form';

type Values = { name: string };
const schema = z.object({ name: z.string() });

function EditForm({ onDone }: { onDone: () => void }) {
  const vf = useVersionedForm<Values, Values>({
    schema,
    defaultValues: { name: 'A' },
    etag: '"1"',
    focusOnOpen: true,
    submit: async () => ({}),
    onSaved: onDone,
  });
  return (
    <form {...vf.formProps} aria-label="edit">
      <button type="button">help</button>
      <label>
        name
        <input {...vf.form.register('name')} />
      </label>
      <button type="submit">save</button>
      <button type="button" onClick={onDone}>
        cancel
      </button>
    </form>
  );
}

function Page() {
  const { editing, open, close, buttonRef } = useEditSwitch();
  return (
    <>
      {!editing ? (
        <button ref={buttonRef} type="button" onClick={open}>
          edit
        </button>
      ) : null}
      <a href="#a">one</a>
      <a href="#b">two</a>
      {editing ? <EditForm onDone={close} /> : <p>details</p>}
    </>
  );
}

describe('editing in place', () => {
  it('puts the keyboard on the first field when the form opens and back on 編集 when it closes', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'edit' }));
    expect(screen.getByRole('textbox', { name: 'name' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'save' }));
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: 'edit' }));

    await userEvent.click(screen.getByRole('button', { name: 'edit' }));
    expect(screen.getByRole('textbox', { name: 'name' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'cancel' }));
    expect(screen.getByRole('button', { name: 'edit' })).toHaveFocus();
  });
});
