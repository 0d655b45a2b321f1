import { describe, expect, it } from 'vitest';
import { initiativeSummary, planTreeNode, publicInitiative, publicNode } from '@/testing/fixtures';
import type { PlanTreeNode, PublicNode } from '../api/types';
import {
  branchIds,
  countInitiatives,
  countPlacements,
  originalPaths,
  pillarsOf,
  readTreeFilters,
  sectionsOf,
  treeFilterParam,
} from './tree';

const forum = initiativeSummary({
  id: 11,
  refKey: 'II-1-1-a',
  title: '「住民自治フォーラム（仮称）」の開催',
  sectionIds: [5],
  sectionNames: ['地域コミュニティ課'],
  placements: 2,
});
const news = initiativeSummary({
  id: 12,
  refKey: 'II-1-1-b',
  title: '「コミュニティ通信（仮称）」の発行',
  sectionIds: [5, 6],
  sectionNames: ['地域コミュニティ課', '広報課'],
});

const tree: PlanTreeNode[] = [
  planTreeNode({
    id: 1,
    code: 'Ⅱ',
    title: 'コミュニティの自治の確立に向けた取り組み',
    children: [
      planTreeNode({
        id: 2,
        depth: 1,
        code: '1',
        title: '自治の環境づくり',
        children: [
          planTreeNode({
            id: 3,
            depth: 2,
            code: '(1)',
            title: '自治に関する市民の理解促進',
            children: [
              planTreeNode({ id: 4, depth: 3, code: 'ア', title: forum.title, initiative: forum }),
              planTreeNode({ id: 5, depth: 3, position: 2, code: 'イ', title: news.title, initiative: news }),
            ],
          }),
        ],
      }),
      planTreeNode({
        id: 6,
        depth: 1,
        position: 2,
        code: '2',
        title: '自治組織の活性化',
        children: [
          planTreeNode({
            id: 7,
            depth: 2,
            code: '(1)',
            title: '魅力的な自治組織づくりの支援',
            children: [planTreeNode({ id: 8, depth: 3, code: 'カ', title: forum.title, relisted: true, initiative: forum })],
          }),
        ],
      }),
    ],
  }),
  planTreeNode({ id: 9, position: 2, code: 'Ⅲ', title: '市の取り組み', children: [] }),
];

describe('tree filters in the URL', () => {
  it('reads what it knows and ignores the rest', () => {
    expect(readTreeFilters(new URLSearchParams('pillar=1&section=5&tag=NEW&target=BEGIN&behind=1&q=%20フォーラム%20'))).toEqual({
      pillarId: 1,
      sectionId: 5,
      tag: 'NEW',
      targetKind: 'BEGIN',
      behind: true,
      q: 'フォーラム',
    });
    expect(readTreeFilters(new URLSearchParams('pillar=x&tag=OLD&target=later&behind=yes&q=%20'))).toEqual({});
  });

  it('writes a filter back under its URL name', () => {
    expect(treeFilterParam('targetKind', 'COMPLETE')).toEqual(['target', 'COMPLETE']);
    expect(treeFilterParam('behind', true)).toEqual(['behind', '1']);
    expect(treeFilterParam('behind', false)).toEqual(['behind', undefined]);
    expect(treeFilterParam('pillarId', 9)).toEqual(['pillar', '9']);
    expect(treeFilterParam('q', '')).toEqual(['q', undefined]);
  });
});

describe('tree helpers', () => {
  it('counts placements with 再掲 and initiatives without', () => {
    expect(countPlacements(tree)).toBe(3);
    expect(countInitiatives(tree)).toBe(2);
    expect(countPlacements(tree[0]?.children[1]?.children)).toBe(1);
  });

  it('lists the branches that can be opened and closed', () => {
    expect(branchIds(tree)).toEqual([1, 2, 3, 6, 7]);
  });

  it('offers the pillars and the owner sections as filter choices', () => {
    expect(pillarsOf(tree)).toEqual([
      { id: 1, label: 'Ⅱ コミュニティの自治の確立に向けた取り組み' },
      { id: 9, label: 'Ⅲ 市の取り組み' },
    ]);
    expect(sectionsOf(tree)).toEqual([
      { id: 5, name: '地域コミュニティ課' },
      { id: 6, name: '広報課' },
    ]);
  });

  it('finds where a re-listed initiative is printed first', () => {
    const initiative = publicInitiative({ refKey: 'II-1-1-a' });
    const published: PublicNode[] = [
      publicNode({
        code: 'Ⅱ',
        children: [
          publicNode({
            depth: 1,
            code: '2',
            children: [
              publicNode({
                depth: 2,
                code: '(1)',
                children: [publicNode({ depth: 3, code: 'カ', relisted: true, initiative })],
              }),
            ],
          }),
          publicNode({
            depth: 1,
            code: '1',
            children: [publicNode({ depth: 2, code: '(1)', children: [publicNode({ depth: 3, code: 'ア', initiative })] })],
          }),
        ],
      }),
    ];
    expect(originalPaths(published).get('II-1-1-a')).toBe('Ⅱ-1-(1)-ア');
  });
});
