import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { DistrictProfile } from '../api/get-map';
import { HouseholdFigures } from './district-profile';

const profile = (associations: number | null, residentRegistry: number | null) =>
  ({
    households: {
      fiscalYear: 2025,
      associations,
      residentRegistry,
      difference: associations == null || residentRegistry == null ? null : residentRegistry - associations,
      joinRateUses: 'ASSOCIATIONS',
    },
  }) as unknown as DistrictProfile;

describe('HouseholdFigures', () => {
  it('shows both household figures when they differ and says the rate uses the associations', () => {
    renderWithProviders(<HouseholdFigures p={profile(400, 520)} />);
    expect(screen.getByText(/世帯数（自治会の届出・/)).toBeInTheDocument();
    expect(screen.getByTestId('households-associations')).toHaveTextContent('400');
    expect(screen.getByTestId('households-registry')).toHaveTextContent('520');
    expect(screen.getByText(/加入率は、自治会・町内会が届け出た世帯数/)).toBeInTheDocument();
  });

  it('shows nothing extra when the figures agree or one is unknown', () => {
    const { container } = renderWithProviders(<HouseholdFigures p={profile(400, 400)} />);
    expect(container).toBeEmptyDOMElement();
    renderWithProviders(<HouseholdFigures p={profile(400, null)} />);
    expect(screen.queryByTestId('households-registry')).not.toBeInTheDocument();
  });
});
