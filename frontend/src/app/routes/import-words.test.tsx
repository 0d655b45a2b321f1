import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { ImportOutcome } from '@/features/imports/api/run-import';
import { ImportReportView } from '@/features/imports/components/import-report';
// the feature dictionaries the import page registers (./import.tsx)
import '@/features/grants/i18n';
import '@/features/join-promotion/i18n';

/** One invalid row whose problems are named by column and code, as the server reports them. */
const report = (errors: ImportOutcome['errors']): ImportOutcome => ({
  dryRun: true,
  mode: 'ALL_OR_NOTHING',
  valid: false,
  applied: false,
  written: 0,
  refused: 1,
  counts: { created: 0, updated: 0, unchanged: 0, invalid: 1 },
  errorCount: errors.length,
  errors,
  rows: [{ row: 2, key: 'R8-紛-0001', action: 'INVALID' }],
});

describe('ImportReportView words columns and problems by their data set', () => {
  it('a building notice: units are 戸数 and a district mismatch speaks of the association', () => {
    renderWithProviders(
      <ImportReportView
        dataset="building-notices"
        report={report([
          { row: 2, column: 'units', message: 'must be at least 1', code: 'Min' },
          { row: 2, column: 'associationCode', message: 'the organization is of another district', code: 'SameDistrict' },
        ])}
      />,
    );
    expect(screen.getByRole('cell', { name: /^戸数/ })).toBeInTheDocument();
    expect(screen.queryByText('数量')).not.toBeInTheDocument();
    expect(screen.getByText('町内会が、届出の校区の団体ではありません。')).toBeInTheDocument();
    expect(screen.queryByText(/上位団体/)).not.toBeInTheDocument();
  });

  it('a grant case keeps its own words (数量, the day with the units)', () => {
    renderWithProviders(
      <ImportReportView
        dataset="grant-cases"
        report={report([{ row: 2, column: 'units', message: 'appliedOn is required with units', code: 'Required' }])}
      />,
    );
    expect(screen.getByRole('cell', { name: /^数量/ })).toBeInTheDocument();
    expect(screen.getByText('経費や数量を記録するときは、受付日も入力してください。')).toBeInTheDocument();
  });

  it("another data set never borrows a grant's message for the same code", () => {
    renderWithProviders(
      <ImportReportView
        dataset="organizations"
        report={report([{ row: 2, column: 'parentCode', message: 'belongs to another district', code: 'SameDistrict' }])}
      />,
    );
    expect(screen.getByText('上位団体が別の校区の団体です。')).toBeInTheDocument();
  });
});
