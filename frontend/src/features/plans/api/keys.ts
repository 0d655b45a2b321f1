import type { TreeQuery } from './plans';

/** Query keys of the signed-in plan pages; every change invalidates `planKeys.all`, as the pages overlap. */
export const planKeys = {
  all: ['plans'] as const,
  list: () => ['plans', 'list'] as const,
  detail: (id: number) => ['plans', 'detail', id] as const,
  tree: (id: number, filters: TreeQuery) => ['plans', 'tree', id, filters] as const,
  dashboard: (id: number, asOf: string | undefined) => ['plans', 'dashboard', id, asOf ?? ''] as const,
  initiative: (id: number) => ['plans', 'initiative', id] as const,
  reports: (initiativeId: number) => ['plans', 'initiative', initiativeId, 'progress-reports'] as const,
  timeline: (initiativeId: number) => ['plans', 'initiative', initiativeId, 'timeline'] as const,
  evaluations: (initiativeId: number) => ['plans', 'initiative', initiativeId, 'evaluations'] as const,
  report: (id: number) => ['plans', 'progress-report', id] as const,
  sheet: (planId: number, fy: number) => ['plans', 'sheet', planId, fy] as const,
  published: (planId: number) => ['plans', 'published', planId] as const,
  preview: (planId: number, fy: number) => ['plans', 'preview', planId, fy] as const,
};
