import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { Officer } from '../api/get-officers';
import { OfficersTable } from './officers-table';

describe('OfficersTable', () => {
  it('has columns for personal data only when the server sent it', () => {
    const officers = [{ id: 1, role: 'CHAIR', personName: '山田 太郎', termStart: '2024-04-01' }] as Officer[];
    renderWithProviders(<OfficersTable officers={officers} caption="役員" />);
    expect(screen.getByRole('columnheader', { name: '役職' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '電話番号' })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: '住所' })).not.toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '会長' })).toBeInTheDocument();
    expect(screen.getByText(/令和6年4月1日/)).toBeInTheDocument();
  });

  it('shows them to those who may see them', () => {
    const officers = [
      {
        id: 1,
        role: 'TREASURER',
        personName: '山田 太郎',
        phone: '0942-00-0000',
        address: '東町1-1',
        termStart: '2024-04-01',
      },
    ] as Officer[];
    renderWithProviders(<OfficersTable officers={officers} caption="役員" />);
    expect(screen.getByRole('columnheader', { name: '電話番号' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '0942-00-0000' })).toBeInTheDocument();
  });
});
