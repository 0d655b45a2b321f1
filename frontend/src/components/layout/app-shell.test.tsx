import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { MainNav } from './app-shell';

const items = [
  { to: '/districts', label: '校区' },
  { to: '/requests', label: '依頼等' },
];

describe('MainNav', () => {
  it('folded, is a disclosure: aria-expanded, Escape closes and returns to the button, the current page marked', async () => {
    renderWithProviders(<MainNav items={items} collapsed />, { route: '/requests' });
    const toggle = screen.getByRole('button', { name: 'メニュー' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: '依頼等' })).not.toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: '依頼等' })).toHaveAttribute('aria-current', 'page');
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('link', { name: '校区' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('unfolded, shows the links as they are, without a menu button', () => {
    renderWithProviders(<MainNav items={items} collapsed={false} />, { route: '/districts' });
    expect(screen.queryByRole('button', { name: 'メニュー' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '校区' })).toHaveAttribute('aria-current', 'page');
  });
});

const grouped = [
  { to: '/my-districts', label: 'わたしの校区' },
  {
    label: '依頼・負担',
    items: [
      { to: '/requests', label: '依頼等' },
      { to: '/reviews', label: '見直し' },
    ],
  },
  { label: '計画・評価', items: [{ to: '/plans', label: '計画' }] },
  { label: '空', items: [] },
];

describe('MainNav with groups', () => {
  it('unfolded, opens a group as a disclosure menu: aria-expanded, its pages next in the tab order, Escape back to the button', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MainNav items={grouped} collapsed={false} />, { route: '/requests/12' });
    const group = screen.getByRole('button', { name: '依頼・負担' });
    expect(group).toHaveAttribute('aria-expanded', 'false');
    expect(group).toHaveClass('is-current');
    expect(screen.queryByRole('link', { name: '依頼等' })).not.toBeInTheDocument();
    // a group of one page is that page; an empty group is left out
    expect(screen.getByRole('link', { name: '計画' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '計画・評価' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '空' })).not.toBeInTheDocument();

    await user.tab();
    await user.tab();
    expect(group).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(group).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: '依頼等' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(group).toHaveAttribute('aria-expanded', 'false');
    expect(group).toHaveFocus();

    // a click elsewhere closes it; choosing a page too
    await user.click(group);
    await user.click(document.body);
    expect(group).toHaveAttribute('aria-expanded', 'false');
    await user.click(group);
    await user.click(screen.getByRole('link', { name: '見直し' }));
    expect(group).toHaveAttribute('aria-expanded', 'false');
  });

  it('folded, lists every page behind メニュー, each group’s under its name', async () => {
    renderWithProviders(<MainNav items={grouped} collapsed />, { route: '/reviews' });
    expect(screen.queryByRole('button', { name: '依頼・負担' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'メニュー' }));
    const list = screen.getByRole('list', { name: '依頼・負担' });
    expect(list).toHaveTextContent('依頼等見直し');
    expect(screen.getByRole('link', { name: '見直し' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'わたしの校区' })).toBeInTheDocument();
  });
});
