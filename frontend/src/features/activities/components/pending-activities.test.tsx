import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { outbox } from '../api/activities';
import { addDays, mondayOf } from './activity-week';
import { PendingActivities } from './pending-activities';

describe('PendingActivities (送信待ち)', () => {
  beforeEach(() => {
    for (const i of outbox().items()) outbox().remove(i.key);
  });

  it('shows nothing when nothing waits', () => {
    renderWithProviders(<PendingActivities onFix={() => {}} />);
    expect(screen.queryByRole('heading', { name: /送信待ち/ })).not.toBeInTheDocument();
  });

  it('counts what waits, shows why a record was refused, and lets the user correct or discard it', async () => {
    const box = outbox();
    box.add({ type: 'VISIT', occurredOn: '2026-12-03', districtIds: [1], summary: '集会所で記録' });
    const refused = box.add({ type: 'EVENT', occurredOn: '2026-12-04', districtIds: [2], summary: '担当外の校区' });
    // what a 403 leaves behind
    (box as unknown as { write: (items: unknown[]) => void }).write(
      box.items().map((i) =>
        i.key === refused.key ? { ...i, error: { status: 403, title: 'Not allowed', detail: 'この校区の記録は書けません' } } : i,
      ),
    );
    const onFix = vi.fn();
    renderWithProviders(<PendingActivities onFix={onFix} />);
    expect(screen.getByRole('heading', { name: /送信待ち/ })).toHaveTextContent('送信待ち 2 件');
    expect(screen.getByRole('alert')).toHaveTextContent('この校区の記録は書けません');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '修正して記録' }));
    expect(onFix).toHaveBeenCalledWith(expect.objectContaining({ key: refused.key }));
    await user.click(screen.getByRole('button', { name: '破棄' }));
    expect(screen.getByRole('heading', { name: /送信待ち/ })).toHaveTextContent('送信待ち 1 件');
  });
});

describe('week view dates', () => {
  it('starts the week on Monday', () => {
    expect(mondayOf('2026-12-04')).toBe('2026-11-30');
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(addDays('2026-11-30', 6)).toBe('2026-12-06');
  });
});
