import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { districtSummary, me, pageOf } from '@/testing/fixtures';
import { http, problemBody, requestsTo, server } from '@/testing/msw';
import { attendanceRow, organizationSummary, supportEvent } from '@/testing/support-fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import { AttendanceEditor } from './attendance-editor';

const DISTRICTS = [
  districtSummary({ id: 1, name: '香椎', wardName: '東区' }),
  districtSummary({ id: 2, name: '香椎東', wardName: '東区' }),
  districtSummary({ id: 10, name: '赤坂', wardName: '中央区' }),
];

function serve(role: 'OFFICE' | 'LIAISON', districtIds: number[]) {
  server.use(
    http.get('/api/v1/me', ({ response }) => response(200).json(me({ role, districtIds }))),
    http.get('/api/v1/districts', ({ response }) => response(200).json(pageOf(DISTRICTS))),
    http.get('/api/v1/organizations', ({ response }) =>
      response(200).json(pageOf([organizationSummary({ id: 21, name: '香椎東校区自治協議会', districtId: 2 })])),
    ),
  );
}

const liaisonView = { canManage: false, canRecordAttendance: true };

describe('AttendanceEditor', () => {
  it('offers a liaison only their districts and records one with the event’s ETag', async () => {
    serve('LIAISON', [1, 2]);
    server.use(
      http.put('/api/v1/support-events/{id}/attendance/{districtId}', async ({ request, response }) => {
        const body = await request.json();
        return response(200).json(supportEvent({ registeredTotal: 63, version: 3, attendance: [attendanceRow({ districtId: 2, registered: body.rows[0]!.registered })] }));
      }),
      http.get('/api/v1/support-events', ({ response }) => response(200).json(pageOf([]))),
    );
    const event = supportEvent({ permissions: liaisonView, attendance: [attendanceRow({ districtId: 1, registered: 2, attended: 1 })] });
    renderWithProviders(<AttendanceEditor event={event} etag={'"2-abc"'} onReload={() => {}} />);
    const choose = await screen.findByRole('combobox', { name: '記録する校区' });
    await screen.findByRole('option', { name: '香椎東（東区）' });
    expect(within(choose).getAllByRole('option').map((o) => o.textContent)).toEqual(['選択してください', '香椎（東区）', '香椎東（東区）']);

    await userEvent.selectOptions(choose, '香椎東（東区）');
    const form = screen.getByRole('form', { name: '香椎東校区の申込・出席' });
    // no rows yet: one row for the district as a whole
    const who = within(form).getByRole('combobox', { name: '団体（1行目）' });
    expect(who).toHaveValue('');
    await within(form).findByRole('option', { name: '香椎東校区自治協議会' });
    await userEvent.type(within(form).getByRole('textbox', { name: '申込者数（1行目）' }), '４');
    await userEvent.type(within(form).getByRole('textbox', { name: '出席者数（1行目）' }), '3');
    await userEvent.click(within(form).getByRole('button', { name: '行を追加' }));
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: '団体（2行目）' }), '香椎東校区自治協議会');
    await userEvent.type(within(form).getByRole('textbox', { name: '申込者数（2行目）' }), '2');
    expect(within(form).getByText('この校区の合計: 申込 6人・出席 3人')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: '申込・出席を保存' }));

    expect(await screen.findByText('香椎東校区の申込・出席を保存しました。')).toBeInTheDocument();
    const [put] = requestsTo('PUT', '/api/v1/support-events/7/attendance/2');
    expect(put?.headers.get('If-Match')).toBe('"2-abc"');
    expect(await put?.json()).toEqual({ rows: [{ registered: 4, attended: 3 }, { organizationId: 21, registered: 2 }] });
  });

  it('lets the office choose any district and opens its rows as recorded', async () => {
    serve('OFFICE', []);
    const event = supportEvent({ attendance: [attendanceRow({ districtId: 10, districtName: '赤坂', registered: 5, attended: null })] });
    renderWithProviders(<AttendanceEditor event={event} etag={'"2"'} onReload={() => {}} />);
    const choose = await screen.findByRole('combobox', { name: '記録する校区' });
    await screen.findByRole('option', { name: '赤坂（中央区）' });
    expect(within(choose).getAllByRole('option')).toHaveLength(4);
    await userEvent.selectOptions(choose, '赤坂（中央区）');
    const form = screen.getByRole('form', { name: '赤坂校区の申込・出席' });
    expect(within(form).getByRole('textbox', { name: '申込者数（1行目）' })).toHaveValue('5');
    expect(within(form).getByRole('textbox', { name: '出席者数（1行目）' })).toHaveValue('');
  });

  it('names a wrong count and a row given twice before sending, and places the server’s field errors', async () => {
    serve('LIAISON', [2]);
    server.use(
      http.put('/api/v1/support-events/{id}/attendance/{districtId}', ({ response }) =>
        response(400).json(problemBody(400, { errors: [{ field: 'rows[0].registered', message: '定員を超えています', code: 'Capacity' }] })),
      ),
    );
    renderWithProviders(<AttendanceEditor event={supportEvent({ permissions: liaisonView })} etag={'"2"'} onReload={() => {}} />);
    // a liaison of one district finds it chosen
    const form = await screen.findByRole('form', { name: '香椎東校区の申込・出席' });
    await userEvent.type(within(form).getByRole('textbox', { name: '申込者数（1行目）' }), 'たくさん');
    await userEvent.click(within(form).getByRole('button', { name: '行を追加' }));
    await userEvent.type(within(form).getByRole('textbox', { name: '申込者数（2行目）' }), '1');
    await userEvent.click(within(form).getByRole('button', { name: '申込・出席を保存' }));
    expect(await within(form).findByText('0〜10,000の整数を入力してください。')).toBeInTheDocument();
    expect(within(form).getByText('同じ団体（または校区全体）が2行あります。1行にまとめてください。')).toBeInTheDocument();
    expect(requestsTo('PUT', '/api/v1/support-events/7/attendance/2')).toHaveLength(0);

    await userEvent.click(within(form).getByRole('button', { name: '行を削除（2行目）' }));
    const registered = within(form).getByRole('textbox', { name: '申込者数（1行目）' });
    await userEvent.clear(registered);
    await userEvent.type(registered, '500');
    await userEvent.click(within(form).getByRole('button', { name: '申込・出席を保存' }));
    expect(await within(form).findByText('定員を超えています')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /申込者数（1行目）/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
