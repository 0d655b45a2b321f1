import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { OrganizationTree } from './organization-tree';
import { organizationTreeNode } from '@/testing/fixtures';

const nodes = [
  organizationTreeNode({
    id: 1,
    name: '東校区自治協議会',
    kind: 'DISTRICT_COUNCIL',
    children: [
      organizationTreeNode({
        id: 2,
        name: '東一丁目自治会',
        kind: 'NEIGHBORHOOD_ASSOCIATION',
        joinRate: 0.824,
        fiscalYear: 2025,
        children: [organizationTreeNode({ id: 3, name: '一班', kind: 'BLOCK', children: [] })],
      }),
    ],
  }),
];

describe('OrganizationTree', () => {
  it('opens the top level, and branches open and close from the keyboard', async () => {
    renderWithProviders(<OrganizationTree nodes={nodes} kindLabel={(k) => k ?? ''} />);
    expect(screen.getByRole('link', { name: '東一丁目自治会' })).toHaveAttribute('href', '/organizations/2');
    expect(screen.queryByRole('link', { name: '一班' })).not.toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: '東一丁目自治会の下位団体' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: '一班' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'すべて折りたたむ' }));
    expect(screen.queryByRole('link', { name: '東一丁目自治会' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'すべて展開' }));
    expect(screen.getByRole('link', { name: '一班' })).toBeInTheDocument();
  });
});
