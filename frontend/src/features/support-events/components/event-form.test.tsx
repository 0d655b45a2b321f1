import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { me, pageOf, section } from '@/testing/fixtures';
import { http, requestsTo, server } from '@/testing/msw';
import { supportEvent } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { EventForm } from './event-form';

function serve(role: 'OFFICE' | 'DEPARTMENT' = 'OFFICE') {
  server.use(
    http.get('/api/v1/me', ({ response }) => response(200).json(me({ role, sectionId: role === 'DEPARTMENT' ? 4 : undefined }))),
    http.get('/api/v1/sections', ({ response }) =>
      response(200).json(pageOf([section({ id: 3, name: '地域コミュニティ課' }), section({ id: 4, name: '生涯学習課', sortOrder: 2 })])),
    ),
  );
}

describe('EventForm', () => {
  it('adds a training with an Idempotency-Key, the program chosen among the programs of the day’s fiscal year', async () => {
    serve();
    server.use(
      http.get('/api/v1/support-programs', ({ request, response }) => {
        const fy = new URL(request.url).searchParams.get('fiscalYear');
        return response(200).json(
          pageOf(
            fy === '2026'
              ? [
                  {
                    id: 4,
                    fiscalYear: 2026,
                    name: '校区事務局職員研修の支援',
                    sectionId: 3,
                    sectionName: '地域コミュニティ課',
                    kind: 'TRAINING' as const,
                    audience: 'COMMUNITY' as const,
                    categories: ['HUMAN_RESOURCES' as const],
                    sortOrder: 10,
                    eligibleKinds: [],
                    documents: [],
                    canEdit: true,
                    version: 1,
                    createdAt: '2026-01-01T00:00:00Z',
                    updatedAt: '2026-01-01T00:00:00Z',
                  },
                ]
              : [],
          ),
        );
      }),
      http.post('/api/v1/support-events', async ({ request, response }) => {
        const body = await request.json();
        return response(201).json(supportEvent({ id: 9, title: body.title }));
      }),
    );
    const onSaved = vi.fn();
    renderWithProviders(<EventForm onSaved={onSaved} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '研修・説明会の登録' });
    await userEvent.type(within(form).getByRole('textbox', { name: /名称/ }), '校区事務局職員研修（会計事務の基礎）');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /種類/ }), '研修');
    // the day, then the program of its fiscal year (令和8年度)
    await userEvent.type(within(form).getByLabelText(/開催日/), '2026-09-10');
    await userEvent.type(within(form).getByLabelText('開始時刻'), '10:00');
    await userEvent.type(within(form).getByLabelText('終了時刻'), '09:30');
    expect(await within(form).findByText('令和8年度の支援策から選びます。')).toBeInTheDocument();
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /主催課/ }), '地域コミュニティ課');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: /関係する支援策/ }), await within(form).findByRole('option', { name: '校区事務局職員研修の支援' }));
    await userEvent.type(within(form).getByRole('textbox', { name: /定員/ }), '６０');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('終了時刻は開始時刻より後にしてください。')).toBeInTheDocument();
    expect(requestsTo('POST', '/api/v1/support-events')).toHaveLength(0);

    const ends = within(form).getByLabelText('終了時刻');
    await userEvent.clear(ends);
    await userEvent.type(ends, '12:00');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [post] = requestsTo('POST', '/api/v1/support-events');
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post?.json()).toEqual({
      title: '校区事務局職員研修（会計事務の基礎）',
      kind: 'TRAINING',
      heldOn: '2026-09-10',
      startsAt: '10:00',
      endsAt: '12:00',
      audience: 'COMMUNITY',
      sectionId: 3,
      programId: 4,
      capacity: 60,
    });
  });

  it('offers a section’s user their own section only, and changes an event with If-Match', async () => {
    serve('DEPARTMENT');
    server.use(
      http.get('/api/v1/support-programs', ({ response }) => response(200).json(pageOf([]))),
      http.put('/api/v1/support-events/{id}', async ({ request, response }) => response(200).json(supportEvent({ title: (await request.json()).title }))),
    );
    const onSaved = vi.fn();
    renderWithProviders(<EventForm event={supportEvent({ sectionId: 4, sectionName: '生涯学習課' })} etag={'"2-x"'} onSaved={onSaved} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '令和8年度 補助金等説明会の編集' });
    const sectionSelect = within(form).getByRole('combobox', { name: /主催課/ });
    await within(sectionSelect).findByRole('option', { name: '生涯学習課' });
    expect(within(sectionSelect).queryByRole('option', { name: '地域コミュニティ課' })).not.toBeInTheDocument();
    // the program it names is kept although this year's list does not hold it
    expect(within(form).getByRole('combobox', { name: /関係する支援策/ })).toHaveValue('12');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [put] = requestsTo('PUT', '/api/v1/support-events/7');
    expect(put?.headers.get('If-Match')).toBe('"2-x"');
    expect(await put?.json()).toMatchObject({ sectionId: 4, programId: 12, capacity: 200, place: '市役所 講堂' });
  });
});
