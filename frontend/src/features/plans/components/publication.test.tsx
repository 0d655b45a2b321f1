import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { PublicationView } from './publication';
import { evaluationSheet, planSummary, publishedReport, pageOf } from '@/testing/fixtures';

const plan = planSummary({ id: 1, code: 'fukuoka-2009', fromFiscalYear: 2025, toFiscalYear: 2026 });

const reading = [
  http.get('/api/v1/plans/{id}/evaluation-sheets/{fiscalYear}', ({ params, response }) =>
    response(200).json(
      evaluationSheet({
        planId: 1,
        fiscalYear: Number(params.fiscalYear),
        counts: { draft: 0, finalized: 3, published: 0, missing: 0 },
        rows: [],
      }),
    ),
  ),
  http.get('/api/v1/plans/{id}/reports', ({ response }) => response(200).json(pageOf([]))),
];

describe('PublicationView', () => {
  it('publishes only after asking, with the note; a refusal brings the keyboard back to the button', async () => {
    let refuse = true;
    server.use(
      ...reading,
      http.post('/api/v1/plans/{id}/reports', async ({ request, response }) => {
        if (refuse) return response(409).json(problemBody(409, { detail: 'Nothing to publish' }));
        const body = await request.json();
        return response(201).json(publishedReport({ planCode: 'fukuoka-2009', fiscalYear: body.fiscalYear, revision: 1 }));
      }),
    );
    renderWithProviders(<PublicationView plan={plan} canPublish />, { route: '/plans/1/publication?fy=2025' });
    await userEvent.type(await screen.findByRole('textbox', { name: /公表のメモ/ }), '初版');
    const publish = screen.getByRole('button', { name: '令和7年度を公表する…' });
    await userEvent.click(publish);
    expect(requestsTo('POST', '/api/v1/plans/1/reports')).toHaveLength(0);
    expect(screen.getByRole('heading', { name: '令和7年度を公表しますか' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '公表する' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing to publish');
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('button', { name: '令和7年度を公表する…' }));

    refuse = false;
    await userEvent.click(screen.getByRole('button', { name: '令和7年度を公表する…' }));
    await userEvent.click(screen.getByRole('button', { name: '公表する' }));
    expect(await screen.findByText('令和7年度を公表しました（第1版）。')).toBeInTheDocument();
    const posts = requestsTo('POST', '/api/v1/plans/1/reports');
    expect(await posts[1]!.json()).toEqual({ fiscalYear: 2025, note: '初版' });
    expect(screen.getByRole('textbox', { name: /公表のメモ/ })).toHaveValue('');
  });

  it('publishes with an Idempotency-Key: the same for a retry after a refusal, a new one for the next revision', async () => {
    let refuse = true;
    server.use(
      ...reading,
      http.post('/api/v1/plans/{id}/reports', ({ response }) =>
        refuse
          ? response(422).json(problemBody(422, { detail: 'Try again' }))
          : response(201).json(publishedReport({ planCode: 'fukuoka-2009', fiscalYear: 2025, revision: 1 })),
      ),
    );
    renderWithProviders(<PublicationView plan={plan} canPublish />, { route: '/plans/1/publication?fy=2025' });
    const publishTwice = async () => {
      await userEvent.click(await screen.findByRole('button', { name: '令和7年度を公表する…' }));
      await userEvent.click(screen.getByRole('button', { name: '公表する' }));
    };
    await publishTwice();
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again');
    refuse = false;
    await publishTwice();
    expect(await screen.findByText('令和7年度を公表しました（第1版）。')).toBeInTheDocument();
    await publishTwice();
    await expect.poll(() => requestsTo('POST', '/api/v1/plans/1/reports').length).toBe(3);
    const keys = requestsTo('POST', '/api/v1/plans/1/reports').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[2]).not.toBe(keys[1]);
  });
});
