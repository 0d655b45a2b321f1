import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import { ProgressReportForm } from './progress-report-form';
import { fieldProblem, initiativeDetail, planSummary, pageOf } from '@/testing/fixtures';

const bindings = http.get('/api/v1/indicator-bindings', ({ response }) => response(200).json(pageOf([])));
const POST = '/api/v1/initiatives/11/progress-reports';

function renderForm() {
  return renderWithProviders(
    <ProgressReportForm
      initiative={initiativeDetail({ id: 11, title: '「住民自治フォーラム（仮称）」の開催' })}
      plan={planSummary({ id: 1, fromFiscalYear: 2024, toFiscalYear: 2026 })}
      onSaved={vi.fn()}
    />,
  );
}

async function addEvidence(label: string, url: string) {
  await userEvent.click(screen.getByRole('button', { name: '根拠資料を追加' }));
  // The keyboard is on the new row's first field.
  expect(document.activeElement).toHaveAccessibleName(/資料名/);
  await userEvent.keyboard(label);
  await userEvent.tab();
  await userEvent.keyboard(url);
}

describe('ProgressReportForm', () => {
  it('checks the URL and the status in the browser before sending', async () => {
    server.use(bindings);
    renderForm();
    await addEvidence('議事録', 'example.jp/minutes');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByRole('combobox', { name: /状況/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /URL/ })).toHaveAccessibleDescription(
      'http:// または https:// で始まる URL を入力してください。',
    );
    expect(requestsTo('POST', POST)).toHaveLength(0);
  });

  it('puts a server error on the form row the body row came from (empty rows are not sent)', async () => {
    server.use(
      bindings,
      http.post('/api/v1/initiatives/{id}/progress-reports', ({ response }) =>
        response(400).json(problemBody(400, { errors: [fieldProblem({ field: 'evidence[0].url', message: 'unreachable host', code: 'Reachable' })] })),
      ),
    );
    renderForm();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /状況/ }), 'IN_PROGRESS');
    await userEvent.click(screen.getByRole('button', { name: '根拠資料を追加' }));
    await addEvidence('議事録', 'https://example.jp/minutes');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const urls = screen.getAllByRole('textbox', { name: /URL/ });
    await expect.poll(() => urls[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(urls[1]).toHaveAccessibleDescription('unreachable host');
    expect(urls[1]).toHaveFocus();
    expect(urls[0]).not.toHaveAttribute('aria-invalid');
    const [post] = requestsTo('POST', POST);
    expect(post!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post!.json()).toMatchObject({
      status: 'IN_PROGRESS',
      evidence: [{ label: '議事録', url: 'https://example.jp/minutes' }],
      indicators: [],
    });
  });
});
