import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { ReviewItem } from '../api/review';
import { ReviewBoard } from './review-board';
import { me, reviewCycle, reviewItem, pageOf } from '@/testing/fixtures';

const item: ReviewItem = reviewItem({
  cycleId: 5,
  requestId: 21,
  requestCode: 'R-021',
  requestTitle: '回覧のお願い',
  sectionId: 3,
  sectionName: '地域振興課',
  kind: 'NOTICE',
  state: 'SELF_ASSESSED',
  proposedDecision: 'LIGHTEN',
  version: 2,
});

function serve(items: () => ReviewItem[]) {
  return [
    http.get('/api/v1/me', ({ response }) =>
      response(200).json(me({ id: 1, username: 'office', displayName: '事務局', role: 'OFFICE', districtIds: [] })),
    ),
    http.get('/api/v1/review-cycles', ({ response }) =>
      response(200).json(pageOf([reviewCycle({ id: 5, fiscalYear: 2025, title: '令和7年度の見直し' })])),
    ),
    http.get('/api/v1/review-cycles/{id}/items', ({ response }) =>
      response(200).json({ items: items(), total: items().length, page: 1, size: 50, nextCursor: null }),
    ),
  ];
}

describe('ReviewBoard decision form', () => {
  it('decides with the item’s ETag; on 412 reads the item again and starts from its new version', async () => {
    let current = item;
    server.use(
      ...serve(() => [current]),
      http.put('/api/v1/review-cycles/{id}/items/{requestId}/decision', async ({ request, response }) => {
        if (request.headers.get('If-Match') === '"2"') {
          current = { ...item, decision: 'ABOLISH', decisionReason: '他の職員の判断', version: 3 };
          return response(412).json(problemBody(412));
        }
        return response(200).json({ ...current, ...(await request.json()), state: 'DECIDED', version: 4 });
      }),
    );
    renderWithProviders(<ReviewBoard />, { route: '/reviews?item=21' });
    const form = await screen.findByRole('form', { name: '地域コミュニティ課の決定' });
    expect(within(form).getByRole('radio', { name: /軽減/ })).toBeChecked();
    await userEvent.type(within(form).getByRole('textbox', { name: /理由/ }), '回数を減らす');
    await userEvent.click(within(form).getByRole('button', { name: '決定する' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('他の人によって変更されました');
    await userEvent.click(within(form).getByRole('button', { name: '最新の内容を読み込む' }));
    const fresh = await screen.findByRole('form', { name: '地域コミュニティ課の決定' });
    await expect.poll(() => within(fresh).getByRole('textbox', { name: /理由/ })).toHaveValue('他の職員の判断');
    await userEvent.click(within(fresh).getByRole('button', { name: '決定する' }));
    expect(await within(fresh).findByText('決定を保存しました。')).toBeInTheDocument();
    const puts = requestsTo('PUT', '/api/v1/review-cycles/5/items/21/decision');
    expect(puts.map((r) => r.headers.get('If-Match'))).toEqual(['"2"', '"3"']);
    expect(await puts[1]!.json()).toMatchObject({ decision: 'ABOLISH', reason: '他の職員の判断', effectiveYear: 2025 });
  });
});
