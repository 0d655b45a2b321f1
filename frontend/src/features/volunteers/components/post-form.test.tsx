import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { districtSummary, fieldProblem, me, organizationKind, pageOf } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { organizationSummary as organization } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { volunteerPost } from '@/testing/volunteer-fixtures';
import { PostForm } from './post-form';

function serve(who: 'LIAISON' | 'OFFICE') {
  server.use(
    http.get('/api/v1/me', ({ response }) =>
      response(200).json(me(who === 'LIAISON' ? { role: 'LIAISON', username: 'liaison', districtIds: [4, 5] } : {})),
    ),
    http.get('/api/v1/districts', ({ response }) =>
      response(200).json(
        pageOf([
          districtSummary({ id: 4, name: '香椎', wardName: '東区' }),
          districtSummary({ id: 5, name: '香椎東', wardName: '東区' }),
          districtSummary({ id: 6, name: '千早', wardName: '東区' }),
        ]),
      ),
    ),
    http.get('/api/v1/organization-kinds', ({ response }) =>
      response(200).json(
        pageOf([
          organizationKind({ code: 'DISTRICT_COUNCIL', labelJa: '自治協議会', labelEn: 'District council' }),
          organizationKind(),
          organizationKind({ code: 'CHILDREN', labelJa: '子ども会', labelEn: 'Children' }),
        ]),
      ),
    ),
    http.get('/api/v1/organizations', ({ request, response }) => {
      const district = Number(new URL(request.url).searchParams.get('districtId'));
      return response(200).json(
        pageOf(
          district === 5
            ? [
                organization({ id: 51, name: '香椎東一丁目自治会', kind: 'NEIGHBORHOOD_ASSOCIATION' }),
                organization({ id: 52, name: '香椎東子ども会', kind: 'CHILDREN' }),
                organization({ id: 50, name: '香椎東校区自治協議会', kind: 'DISTRICT_COUNCIL' }),
              ]
            : [organization({ id: 40, name: '香椎校区自治協議会', kind: 'DISTRICT_COUNCIL' })],
        ),
      );
    }),
  );
}

describe('PostForm', () => {
  it('lets a liaison post for a council of their districts; the closing day may not pass the activity’s last day', async () => {
    serve('LIAISON');
    server.use(
      http.post('/api/v1/volunteer-posts', async ({ request, response }) => {
        const body = await request.json();
        return response(201).json(volunteerPost({ id: 30, title: body.title }));
      }),
    );
    const onSaved = vi.fn();
    renderWithProviders(<PostForm onSaved={onSaved} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: 'ボランティア募集の作成' });
    const district = within(form).getByRole('combobox', { name: /校区/ });
    await within(district).findByRole('option', { name: '香椎東（東区）' });
    // only their districts
    expect(within(district).queryByRole('option', { name: /千早/ })).not.toBeInTheDocument();
    const organizationSelect = within(form).getByRole('combobox', { name: /募集する団体/ });
    expect(organizationSelect).toBeDisabled();
    await userEvent.selectOptions(district, '香椎東（東区）');
    // the council first, then the associations; not the children's club
    await within(organizationSelect).findByRole('option', { name: '香椎東校区自治協議会' });
    const names = within(organizationSelect)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).toEqual(['選択してください', '香椎東校区自治協議会', '香椎東一丁目自治会']);
    expect(within(organizationSelect).getByRole('group', { name: '自治協議会' })).toBeInTheDocument();
    await userEvent.selectOptions(organizationSelect, '香椎東校区自治協議会');
    await userEvent.type(within(form).getByRole('textbox', { name: /活動名/ }), '夏祭りの会場設営');
    await userEvent.type(within(form).getByRole('textbox', { name: /活動内容/ }), 'テントの設営と片付け');
    await userEvent.type(within(form).getByLabelText(/活動日（初日）/), '2027-07-25');
    await userEvent.type(within(form).getByLabelText(/活動日（最終日）/), '2027-07-26');
    await userEvent.type(within(form).getByRole('textbox', { name: /募集人数/ }), '１０');
    await userEvent.type(within(form).getByLabelText(/募集の締切日/), '2027-07-27');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText('締切日は活動の最終日（1日だけなら活動日）までにしてください。')).toBeInTheDocument();
    expect(within(form).getByLabelText(/募集の締切日/)).toHaveFocus();
    expect(requestsTo('POST', '/api/v1/volunteer-posts')).toHaveLength(0);

    const closes = within(form).getByLabelText(/募集の締切日/);
    await userEvent.clear(closes);
    await userEvent.type(closes, '2027-07-10');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    const [post] = requestsTo('POST', '/api/v1/volunteer-posts');
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post?.json()).toEqual({
      organizationId: 50,
      title: '夏祭りの会場設営',
      activity: 'テントの設営と片付け',
      startsOn: '2027-07-25',
      endsOn: '2027-07-26',
      wanted: 10,
      closesOn: '2027-07-10',
    });
  });

  it('changes a post with If-Match and puts the server’s field errors next to their fields', async () => {
    serve('OFFICE');
    server.use(
      http.put('/api/v1/volunteer-posts/{id}', ({ response }) =>
        response(400).json(
          problemBody(400, { errors: [fieldProblem({ field: 'closesOn', message: "must not be after the activity's last day", code: 'DateOrder' })] }),
          { headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<PostForm post={volunteerPost()} etag={'"3-abc"'} onSaved={() => {}} onCancel={() => {}} />);
    const form = screen.getByRole('form', { name: '夏祭りの会場設営の編集' });
    // the office may choose any district
    await within(within(form).getByRole('combobox', { name: /校区/ })).findByRole('option', { name: '千早（東区）' });
    expect(within(form).getByRole('combobox', { name: /募集する団体/ })).toHaveValue('40');
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText("must not be after the activity's last day")).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/volunteer-posts/12');
    expect(put?.headers.get('If-Match')).toBe('"3-abc"');
    expect(await put?.json()).toMatchObject({ organizationId: 40, wanted: 10, schedule: '両日 8:00〜12:00', place: '香椎小学校 運動場' });
  });

  it('offers the post as it now stands when someone changed it meanwhile (412)', async () => {
    serve('OFFICE');
    server.use(
      http.put('/api/v1/volunteer-posts/{id}', ({ response }) =>
        response(412).json(problemBody(412, { title: 'Precondition Failed' }), { headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const onReload = vi.fn();
    renderWithProviders(<PostForm post={volunteerPost()} etag={'"3"'} onSaved={() => {}} onCancel={() => {}} onReload={onReload} />);
    const form = screen.getByRole('form', { name: '夏祭りの会場設営の編集' });
    await userEvent.click(within(form).getByRole('button', { name: '保存' }));
    expect(await within(form).findByText(/他の人によって変更されました/)).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: '保存' })).toBeDisabled();
    await userEvent.click(within(form).getByRole('button', { name: '最新の内容を読み込む' }));
    expect(onReload).toHaveBeenCalled();
  });
});
