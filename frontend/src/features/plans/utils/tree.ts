import type { InitiativeTag, PlanTreeNode, PublicNode, TargetKind } from '../api/types';
import { codePath, TAGS, TARGET_KINDS } from './format';

/** The tree's filters as they stand in the URL (?pillar=&section=&tag=&target=&behind=1&q=). */
export type TreeFilters = {
  pillarId?: number;
  sectionId?: number;
  tag?: InitiativeTag;
  targetKind?: TargetKind;
  behind?: boolean;
  q?: string;
};

const URL_NAMES = {
  pillarId: 'pillar',
  sectionId: 'section',
  tag: 'tag',
  targetKind: 'target',
  behind: 'behind',
  q: 'q',
} as const;

function positiveInt(raw: string | null): number | undefined {
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Reads the filters from the URL; anything unknown is ignored rather than sent to the server. */
export function readTreeFilters(search: URLSearchParams): TreeFilters {
  const out: TreeFilters = {};
  const pillarId = positiveInt(search.get(URL_NAMES.pillarId));
  if (pillarId) out.pillarId = pillarId;
  const sectionId = positiveInt(search.get(URL_NAMES.sectionId));
  if (sectionId) out.sectionId = sectionId;
  const tag = search.get(URL_NAMES.tag);
  if (tag && (TAGS as string[]).includes(tag)) out.tag = tag as InitiativeTag;
  const target = search.get(URL_NAMES.targetKind);
  if (target && (TARGET_KINDS as string[]).includes(target)) out.targetKind = target as TargetKind;
  if (search.get(URL_NAMES.behind) === '1') out.behind = true;
  const q = search.get(URL_NAMES.q)?.trim();
  if (q) out.q = q;
  return out;
}

/** The URL changes for a filter: `{ tag: 'NEW' }` → `{ tag: 'NEW' }`, `{ behind: true }` → `{ behind: '1' }`. */
export function treeFilterParam(key: keyof TreeFilters, value: string | number | boolean | undefined): [string, string | undefined] {
  const name = URL_NAMES[key];
  if (value === undefined || value === false || value === '') return [name, undefined];
  if (value === true) return [name, '1'];
  return [name, String(value)];
}

export function hasFilters(filters: TreeFilters): boolean {
  return Object.keys(filters).length > 0;
}

type AnyNode = { children?: AnyNode[]; initiative?: unknown; id?: number };

/** Ids of the nodes that have children (what "expand all" opens). */
export function branchIds(nodes: readonly PlanTreeNode[] | undefined, out: number[] = []): number[] {
  for (const n of nodes ?? []) {
    if (n.children.length > 0) out.push(n.id);
    branchIds(n.children, out);
  }
  return out;
}

/** Placements (initiative rows, 再掲 included) under a node, or under a whole tree. */
export function countPlacements(nodes: readonly AnyNode[] | undefined): number {
  let n = 0;
  for (const node of nodes ?? []) {
    if (node.initiative) n += 1;
    n += countPlacements(node.children);
  }
  return n;
}

/** Distinct initiatives in a tree (a relisted one counts once). */
export function countInitiatives(nodes: readonly PlanTreeNode[] | undefined): number {
  const ids = new Set<number>();
  const walk = (list: readonly PlanTreeNode[] | undefined) => {
    for (const n of list ?? []) {
      if (n.initiative?.id !== undefined) ids.add(n.initiative.id);
      walk(n.children);
    }
  };
  walk(nodes);
  return ids.size;
}

/** The pillars (top nodes) for the filter. */
export function pillarsOf(nodes: readonly PlanTreeNode[] | undefined): { id: number; label: string }[] {
  return (nodes ?? []).map((n) => ({ id: n.id, label: [n.code, n.title].filter(Boolean).join(' ') }));
}

/** Sections that own initiatives in the tree, each once, in the order first met. */
export function sectionsOf(nodes: readonly PlanTreeNode[] | undefined): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  const walk = (list: readonly PlanTreeNode[] | undefined) => {
    for (const n of list ?? []) {
      const ids = n.initiative?.sectionIds ?? [];
      const names = n.initiative?.sectionNames ?? [];
      ids.forEach((id, i) => {
        if (!seen.has(id)) seen.set(id, names[i] ?? String(id));
      });
      walk(n.children);
    }
  };
  walk(nodes);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * For a published report: where each initiative is printed first (not as 再掲), by refKey, so a 【再掲】 row can
 * point the reader to it instead of repeating it.
 */
export function originalPaths(nodes: readonly PublicNode[] | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (list: readonly PublicNode[] | undefined, codes: (string | undefined)[]) => {
    for (const n of list ?? []) {
      const here = [...codes, n.code];
      const key = n.initiative?.refKey;
      if (key && !n.relisted && !out.has(key)) out.set(key, codePath(here));
      walk(n.children, here);
    }
  };
  walk(nodes, []);
  return out;
}
