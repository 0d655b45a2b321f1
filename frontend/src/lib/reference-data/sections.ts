import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Section = components['schemas']['Section'];

const MAX_PAGE_SIZE = 200;

/** Every section (課) in the city, every page of them (a city has a few hundred), each once. */
export async function getAllSections(): Promise<{ items: Section[]; total: number }> {
  const byId = new Map<number, Section>();
  for (let page = 1; ; page++) {
    const result = await unwrap(api.GET('/api/v1/sections', { params: { query: { page, size: MAX_PAGE_SIZE } } }));
    for (const s of result.items) byId.set(s.id, s);
    if (result.items.length === 0 || byId.size >= result.total || page * MAX_PAGE_SIZE >= result.total) break;
  }
  const items = [...byId.values()].sort(bySectionOrder);
  return { items, total: items.length };
}

/** Bureau, then department, then the sections' own order (sortOrder, then code). */
function bySectionOrder(a: Section, b: Section): number {
  return (
    a.bureauId - b.bureauId ||
    a.departmentId - b.departmentId ||
    a.sortOrder - b.sortOrder ||
    a.code.localeCompare(b.code)
  );
}

/** Every section (課) in the city, for the filters and the form (the reference data, not what the lists hold). */
export function useSections() {
  return useQuery({
    queryKey: ['sections', 'all'],
    queryFn: getAllSections,
    staleTime: 5 * 60_000,
  });
}

/**
 * The choices of a 所管課 filter: every section once, grouped under its bureau and department (`group`, an
 * `<optgroup>`), so two sections of the same name in different departments are told apart.
 */
export function sectionChoices(sections: readonly Section[] | undefined): { value: number; label: string; group: string }[] {
  return (sections ?? []).map((s) => ({
    value: s.id,
    label: s.name,
    group: [s.bureauName, s.departmentName].filter(Boolean).join(' '),
  }));
}
