import { describe, expect, it } from 'vitest';
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

const forum = { id: 11, title: '「住民自治フォーラム（仮称）」の開催', sectionIds: [5], sectionNames: ['地域コミュニティ課'] };
const news = { id: 12, title: '「コミュニティ通信（仮称）」の発行', sectionIds: [5, 6], sectionNames: ['地域コミュニティ課', '広報課'] };

const tree: PlanTreeNode[] = [
  {
    id: 1,
    code: 'Ⅱ',
    title: 'コミュニティの自治の確立に向けた取り組み',
    children: [
      {
        id: 2,
        code: '1',
        title: '自治の環境づくり',
        children: [
          {
            id: 3,
            code: '(1)',
            title: '自治に関する市民の理解促進',
            children: [
              { id: 4, code: 'ア', initiative: forum },
              { id: 5, code: 'イ', initiative: news },
            ],
          },
        ],
      },
      {
        id: 6,
        code: '2',
        title: '自治組織の活性化',
        children: [{ id: 7, code: '(1)', title: '魅力的な自治組織づくりの支援', children: [{ id: 8, code: 'カ', relisted: true, initiative: forum }] }],
      },
    ],
  },
  { id: 9, code: 'Ⅲ', title: '市の取り組み', children: [] },
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
    expect(countPlacements(tree[0]?.children?.[1]?.children)).toBe(1);
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
    const published: PublicNode[] = [
      {
        code: 'Ⅱ',
        children: [
          { code: '2', children: [{ code: '(1)', children: [{ code: 'カ', relisted: true, initiative: { refKey: 'II-1-1-a' } }] }] },
          { code: '1', children: [{ code: '(1)', children: [{ code: 'ア', initiative: { refKey: 'II-1-1-a' } }] }] },
        ],
      },
    ];
    expect(originalPaths(published).get('II-1-1-a')).toBe('Ⅱ-1-(1)-ア');
  });
});
