import { describe, expect, it } from 'vitest';
import { me, organizationTreeNode } from '@/testing/fixtures';
import { canEditDistrict, flattenTree } from './district';
import { readFiscalYear } from './letters-of-thanks';

describe('letters of thanks year', () => {
  it('defaults to the previous fiscal year and takes ?fy=', () => {
    const may2025 = new Date(2025, 4, 10);
    expect(readFiscalYear(new URLSearchParams(''), may2025)).toBe(2024);
    expect(readFiscalYear(new URLSearchParams(''), new Date(2025, 2, 31))).toBe(2023);
    expect(readFiscalYear(new URLSearchParams('fy=2019'), may2025)).toBe(2019);
    expect(readFiscalYear(new URLSearchParams('fy=abc'), may2025)).toBe(2024);
  });
});

describe('district editing', () => {
  const liaison = me({ role: 'LIAISON', districtIds: [7] });
  it('follows the tree when it has nodes, else the role as the server applies it', () => {
    expect(canEditDistrict([organizationTreeNode({ id: 1, canEdit: false })], liaison, 7)).toBe(false);
    expect(canEditDistrict([organizationTreeNode({ id: 1, canEdit: true })], liaison, 8)).toBe(true);
    expect(canEditDistrict([], liaison, 7)).toBe(true);
    expect(canEditDistrict([], liaison, 8)).toBe(false);
    expect(canEditDistrict([], me({ role: 'OFFICE', districtIds: [] }), 8)).toBe(true);
    expect(canEditDistrict([], me({ role: 'COMMITTEE', districtIds: [] }), 8)).toBe(false);
  });

  it('lists the tree as parents in reading order with depths', () => {
    const tree = [
      organizationTreeNode({
        id: 1,
        name: '協議会',
        kind: 'DISTRICT_COUNCIL',
        children: [organizationTreeNode({ id: 2, name: '町内会', kind: 'NEIGHBORHOOD_ASSOCIATION' })],
      }),
    ];
    expect(flattenTree(tree, (k) => k ?? '')).toEqual([
      { id: 1, name: '協議会', kindLabel: 'DISTRICT_COUNCIL', depth: 0 },
      { id: 2, name: '町内会', kindLabel: 'NEIGHBORHOOD_ASSOCIATION', depth: 1 },
    ]);
  });
});
