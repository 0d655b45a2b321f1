import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { pageOf } from '@/testing/fixtures';
import { volunteerInquiry, volunteerPost } from '@/testing/volunteer-fixtures';
import { InquiryList } from './inquiry-list';
import { PostStatus } from './post-status';

const officeSees = { canEdit: true, canSubmit: false, canApprove: true, canClose: false, canReadInquiries: true };

describe('PostStatus', () => {
  it('lets the office approve a post waiting for approval, with its ETag', async () => {
    const post = volunteerPost({ status: 'SUBMITTED', permissions: officeSees });
    server.use(
      http.put('/api/v1/volunteer-posts/{id}/status', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json({ ...post, status: body.status, published: true });
      }),
    );
    renderWithProviders(<PostStatus post={post} etag={'"3-x"'} onReload={() => {}} />);
    expect(screen.getByTestId('volunteer-status')).toHaveTextContent('状態: 承認待ち');
    expect(document.body).not.toHaveTextContent(/SUBMITTED|APPROVED/);
    // a post waiting for approval is neither sent again nor closed
    expect(screen.queryByRole('button', { name: '承認を申請' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '募集を終了' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '承認' }));
    expect(await screen.findByText('承認しました。公開ページに掲載されました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/volunteer-posts/12/status');
    expect(put?.headers.get('If-Match')).toBe('"3-x"');
    expect(await put?.json()).toEqual({ status: 'APPROVED' });
  });

  it('says why a post past its closing day cannot be approved, and offers the current post when it moved on (409)', async () => {
    const post = volunteerPost({ status: 'SUBMITTED', permissions: officeSees });
    server.use(
      http.put('/api/v1/volunteer-posts/{id}/status', ({ response }) =>
        response(400).json(problemBody(400, { errors: [{ field: 'status', message: "the post's closing day has passed", code: 'Closed' }] }), {
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    );
    const onReload = vi.fn();
    renderWithProviders(<PostStatus post={post} etag={'"3-x"'} onReload={onReload} />);
    await userEvent.click(screen.getByRole('button', { name: '承認' }));
    expect(await screen.findByText(/締切日が過ぎているため承認できません/)).toBeInTheDocument();

    server.use(
      http.put('/api/v1/volunteer-posts/{id}/status', ({ response }) =>
        response(409).json(problemBody(409, { detail: 'A post that is APPROVED cannot become APPROVED' }), {
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    );
    await userEvent.click(screen.getByRole('button', { name: '承認' }));
    expect(await screen.findByText(/他の人によって変更されました/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/APPROVED/);
    await userEvent.click(screen.getByRole('button', { name: '最新の内容を読み込む' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('returns a post with a note saying what to change (required)', async () => {
    const post = volunteerPost({ status: 'SUBMITTED', permissions: officeSees });
    server.use(
      http.put('/api/v1/volunteer-posts/{id}/status', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json({ ...post, status: body.status, statusNote: body.note });
      }),
    );
    renderWithProviders(<PostStatus post={post} etag={'"3"'} onReload={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: '差戻し' }));
    const form = screen.getByRole('form', { name: '差戻し' });
    // the panel's heading takes the keyboard
    expect(within(form).getByRole('heading', { name: '差戻し' })).toHaveFocus();
    await userEvent.click(within(form).getByRole('button', { name: '差し戻す' }));
    expect(await within(form).findByText('入力してください。')).toBeInTheDocument();
    expect(requestsTo('PUT', '/api/v1/volunteer-posts/12/status')).toHaveLength(0);
    await userEvent.type(within(form).getByRole('textbox', { name: /直してほしい点/ }), '締切日を見直してください。');
    await userEvent.click(within(form).getByRole('button', { name: '差し戻す' }));
    expect(await screen.findByText('差し戻しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/volunteer-posts/12/status');
    expect(await put?.json()).toEqual({ status: 'RETURNED', note: '締切日を見直してください。' });
  });

  it('shows a returned post’s note to its writer, who sends it for approval again', async () => {
    const post = volunteerPost({ status: 'RETURNED', statusNote: '活動日と締切を確認してください。' });
    server.use(
      http.put('/api/v1/volunteer-posts/{id}/status', ({ response }) => response(200).json({ ...post, status: 'SUBMITTED' })),
    );
    renderWithProviders(<PostStatus post={post} etag={'"3"'} onReload={() => {}} />);
    expect(screen.getByTestId('volunteer-status')).toHaveTextContent('差戻し');
    expect(screen.getByTestId('volunteer-status-note')).toHaveTextContent('事務局からのコメント: 活動日と締切を確認してください。');
    expect(screen.queryByRole('button', { name: '承認' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '承認を申請' }));
    expect(await screen.findByText('承認を申請しました。')).toBeInTheDocument();
    expect(await requestsTo('PUT', '/api/v1/volunteer-posts/12/status')[0]?.json()).toEqual({ status: 'SUBMITTED' });
  });

  it('closes an open post with an optional reason, and offers the current post after a 412', async () => {
    const post = volunteerPost({
      status: 'APPROVED',
      published: true,
      permissions: { canEdit: true, canSubmit: false, canApprove: false, canClose: true, canReadInquiries: true },
    });
    server.use(
      http.put('/api/v1/volunteer-posts/{id}/status', ({ response }) =>
        response(412).json(problemBody(412, { title: 'Precondition Failed' }), { headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const onReload = vi.fn();
    renderWithProviders(<PostStatus post={post} etag={'"3"'} onReload={onReload} />);
    expect(screen.getByTestId('volunteer-status')).toHaveTextContent('公開中');
    expect(screen.getByText(/公開ページに掲載しています（令和9年7月10日まで）/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '募集を終了' }));
    const form = screen.getByRole('form', { name: '募集を終了' });
    await userEvent.click(within(form).getByRole('button', { name: '募集を終了する' }));
    expect(await within(form).findByText(/他の人によって変更されました/)).toBeInTheDocument();
    expect(await requestsTo('PUT', '/api/v1/volunteer-posts/12/status')[0]?.json()).toEqual({ status: 'CLOSED' });
    await userEvent.click(within(form).getByRole('button', { name: '最新の内容を読み込む' }));
    expect(onReload).toHaveBeenCalled();
  });
});

describe('InquiryList', () => {
  it('shows each inquiry with the sender’s contact and whether it reached the council, and marks one passed on', async () => {
    let relayed = false;
    server.use(
      http.get('/api/v1/volunteer-posts/{id}/inquiries', ({ response }) =>
        response(200).json(
          pageOf([
          volunteerInquiry({
            id: 56,
            personName: '天神 一郎',
            email: 'ichiro@example.jp',
            phone: '090-0000-1111',
            message: '家族3人で参加したいです。',
            receivedAt: '2027-06-11T01:00:00Z',
            ...(relayed ? { relayedAt: '2027-06-12T00:30:00Z', relayChannel: 'HAND', relayedBy: '古賀 健一', version: 1 } : {}),
          }),
          volunteerInquiry({ relayedAt: '2027-06-10T03:01:00Z', relayChannel: 'MAIL', phone: undefined }),
          ]),
        ),
      ),
      http.post('/api/v1/volunteer-inquiries/{id}/relayed', ({ response }) => {
        relayed = true;
        return response(200).json(volunteerInquiry({ id: 56, relayedAt: '2027-06-12T00:30:00Z', relayChannel: 'HAND', version: 1 }));
      }),
    );
    renderWithProviders(<InquiryList post={volunteerPost({ inquiryCount: 2, unrelayedCount: 1 })} />);
    const list = await screen.findByTestId('volunteer-inquiries');
    const [waiting, mailed] = within(list).getAllByRole('listitem');
    expect(within(waiting!).getByRole('heading', { level: 3 })).toHaveTextContent('令和9年6月11日 10:00 天神 一郎さん');
    expect(within(waiting!).getByRole('link', { name: 'ichiro@example.jp' })).toHaveAttribute('href', 'mailto:ichiro@example.jp');
    expect(waiting).toHaveTextContent('家族3人で参加したいです。');
    expect(within(waiting!).getByTestId('volunteer-relay')).toHaveTextContent('未伝達');
    expect(within(mailed!).getByTestId('volunteer-relay')).toHaveTextContent('メールで団体に転送済み 令和9年6月10日 12:01');
    expect(within(mailed!).queryByRole('button')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/MAIL|HAND/);

    await userEvent.click(within(waiting!).getByRole('button', { name: '伝達済みにする（天神 一郎さんの問い合わせ）' }));
    expect(await within(list).findByText('伝達済みにしました。')).toBeInTheDocument();
    expect(within(list).getAllByTestId('volunteer-relay')[0]).toHaveTextContent('担当者が伝達済み 令和9年6月12日 09:30 古賀 健一');
    const [post] = requestsTo('POST', '/api/v1/volunteer-inquiries/56/relayed');
    expect(post?.headers.get('If-Match')).toBe('"0"');
  });
});
