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
