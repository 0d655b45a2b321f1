import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { districtSummary, pageOf, ward } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { publicVolunteerPost } from '@/testing/volunteer-fixtures';
import { InquiryForm } from './inquiry-form';
import { PublicPostList } from './public-post-list';

async function fill(form: HTMLElement) {
  await userEvent.type(within(form).getByRole('textbox', { name: /お名前/ }), '福岡 太郎');
  await userEvent.type(within(form).getByRole('textbox', { name: /メールアドレス/ }), 'taro@example.jp');
  await userEvent.type(within(form).getByRole('textbox', { name: /電話番号（任意）/ }), '090-0000-0000');
  await userEvent.type(within(form).getByRole('textbox', { name: /お問い合わせ内容/ }), '当日だけ参加できますか');
}

describe('InquiryForm', () => {
  it('asks for consent, sends the inquiry with the hidden field empty and shows the receipt number', async () => {
    server.use(
      http.post('/api/v1/public/volunteer-posts/{id}/inquiries', ({ response }) =>
        response(201).json({ receiptNo: 55, receivedAt: '2027-06-10T03:00:00Z' }),
      ),
    );
    renderWithProviders(<InquiryForm postId={12} />);
    const form = screen.getByRole('form', { name: 'お問い合わせフォーム' });
    // the field people do not see: out of the accessibility tree and the tab order
    const honeypot = form.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(within(form).queryByRole('textbox', { name: /ウェブサイト/ })).not.toBeInTheDocument();

    await userEvent.type(within(form).getByRole('textbox', { name: /メールアドレス/ }), 'taro@');
    await userEvent.click(within(form).getByRole('button', { name: '送信する' }));
    expect(await within(form).findByText('お名前を入力してください。')).toBeInTheDocument();
    expect(within(form).getByText(/メールアドレスの形式で入力してください/)).toBeInTheDocument();
    expect(within(form).getByText('送信するには、募集団体に伝えることへの同意が必要です。')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /お名前/ })).toHaveFocus();
    expect(requestsTo('POST', '/api/v1/public/volunteer-posts/12/inquiries')).toHaveLength(0);

    await userEvent.clear(within(form).getByRole('textbox', { name: /メールアドレス/ }));
    await fill(form);
    await userEvent.click(within(form).getByRole('checkbox', { name: '入力した内容を募集団体に伝えることに同意します' }));
    await userEvent.click(within(form).getByRole('button', { name: '送信する' }));
    const thanks = await screen.findByTestId('volunteer-thanks');
    expect(within(thanks).getByRole('heading', { name: 'お問い合わせを受け付けました' })).toBeInTheDocument();
    expect(thanks).toHaveTextContent('受付番号: 55');
    expect(thanks).toHaveTextContent('受付日時: 令和9年6月10日 12:00');
    expect(thanks).toHaveTextContent('ご入力のメールアドレスに返信があります');
    expect(screen.queryByRole('form', { name: 'お問い合わせフォーム' })).not.toBeInTheDocument();
    const [post] = requestsTo('POST', '/api/v1/public/volunteer-posts/12/inquiries');
    expect(await post?.json()).toEqual({
      name: '福岡 太郎',
      email: 'taro@example.jp',
      phone: '090-0000-0000',
      message: '当日だけ参加できますか',
      consent: true,
      website: '',
    });
  });

  it('says kindly when too many messages were sent (429)', async () => {
    server.use(
      http.post('/api/v1/public/volunteer-posts/{id}/inquiries', ({ response }) =>
        response(429).json(problemBody(429, { title: 'Too Many Requests' }), { headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    renderWithProviders(<InquiryForm postId={12} />);
    const form = screen.getByRole('form', { name: 'お問い合わせフォーム' });
    await fill(form);
    await userEvent.click(within(form).getByRole('checkbox', { name: /同意します/ }));
    await userEvent.click(within(form).getByRole('button', { name: '送信する' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('数分たってから、もう一度送信してください。');
    // what was typed stays
    expect(within(form).getByRole('textbox', { name: /お問い合わせ内容/ })).toHaveValue('当日だけ参加できますか');
  });
});

describe('PublicPostList', () => {
  it('shows the open calls as cards with their days in 和暦, and filters by ward and text', async () => {
    server.use(
      http.get('/api/v1/wards', ({ response }) => response(200).json(pageOf([ward(), ward({ id: 2, name: '博多区', kana: 'はかたく' })]))),
      http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf([districtSummary()]))),
      http.get('/api/v1/public/volunteer-posts', ({ response }) =>
        response(200).json(pageOf([publicVolunteerPost(), publicVolunteerPost({ id: 13, title: '川沿いの清掃活動', endsOn: undefined, startsOn: '2027-08-01' })])),
      ),
    );
    renderWithProviders(<PublicPostList href={(id) => `/public/volunteers/${id}`} />, { route: '/public/volunteers' });
    const cards = await screen.findByTestId('volunteer-cards');
    const [festival, cleanup] = within(cards).getAllByRole('listitem');
    expect(within(festival!).getByRole('link', { name: '夏祭りの会場設営' })).toHaveAttribute('href', '/public/volunteers/12');
    expect(festival).toHaveTextContent('香椎校区自治協議会（東区 香椎）');
    expect(festival).toHaveTextContent('令和9年7月25日〜令和9年7月26日');
    expect(festival).toHaveTextContent('募集人数10人');
    expect(festival).toHaveTextContent('締切令和9年7月10日');
    expect(cleanup).toHaveTextContent('令和9年8月1日');
    expect(screen.getByRole('link', { name: '募集の一覧をCSVでダウンロード' })).toHaveAttribute('href', '/api/v1/public/volunteer-posts/csv');

    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '区' }), '博多区');
    await userEvent.type(screen.getByRole('searchbox', { name: 'キーワード' }), '清掃');
    await userEvent.click(screen.getByRole('button', { name: '検索' }));
    await screen.findByRole('button', { name: '条件をクリア' });
    const last = new URL(requestsTo('GET', '/api/v1/public/volunteer-posts').at(-1)!.url).searchParams;
    expect(last.get('wardId')).toBe('2');
    expect(last.get('q')).toBe('清掃');
  });
});
