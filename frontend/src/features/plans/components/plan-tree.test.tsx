import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, requestsTo, server } from '@/testing/msw';
import { renderWithProviders } from '@/testing/test-utils';
import type { PlanTree } from '../api/types';
import { PlanTreeView } from './plan-tree';
import { initiativeSummary, planSummary, planTree, planTreeNode } from '@/testing/fixtures';

const forum = initiativeSummary({
  id: 11,
  planId: 1,
  refKey: 'forum',
  path: 'Ⅱ-1-(1)-ア',
  title: '「住民自治フォーラム（仮称）」の開催',
  tag: 'NEW',
  status: 'DELAYED',
  statusFiscalYear: 2026,
  behind: true,
  targets: [{ kind: 'START', fiscalYear: 2009, label: '21 年度実施' }],
  sectionIds: [5],
  sectionNames: ['地域コミュニティ課'],
  placements: 2,
});

const tree: PlanTree = planTree({
  plan: planSummary({ id: 1, code: 'fukuoka-2009' }),
  nodes: [
    planTreeNode({
      id: 1,
      depth: 0,
      levelName: '基本方針',
      code: 'Ⅱ',
      title: 'コミュニティの自治の確立に向けた取り組み',
      children: [
        planTreeNode({
          id: 2,
          parentId: 1,
          depth: 1,
          levelName: '施策',
          code: '1',
          title: '自治の環境づくり',
          children: [
            planTreeNode({
              id: 3,
              parentId: 2,
              depth: 2,
              levelName: '取り組み',
              code: '(1)',
              title: '自治に関する市民の理解促進',
              children: [
                planTreeNode({ id: 4, parentId: 3, depth: 3, levelName: '事業', code: 'ア', title: forum.title, initiative: forum }),
              ],
            }),
          ],
        }),
        planTreeNode({
          id: 5,
          parentId: 1,
          depth: 1,
          position: 2,
          levelName: '施策',
          code: '2',
          title: '自治組織の活性化',
          children: [
            planTreeNode({
              id: 6,
              parentId: 5,
              depth: 2,
              levelName: '取り組み',
              code: '(1)',
              title: '魅力的な自治組織づくりの支援',
              children: [
                planTreeNode({
                  id: 7,
                  parentId: 6,
                  depth: 3,
                  levelName: '事業',
                  code: 'カ',
                  title: forum.title,
                  relisted: true,
                  initiative: forum,
                }),
              ],
            }),
          ],
        }),
      ],
    }),
  ],
});

const serveTree = () =>
  http.get('/api/v1/plans/{id}/tree', ({ params, response }) => {
    expect(params.id).toBe('1');
    return response(200).json(tree);
  });

describe('PlanTreeView', () => {
  it('shows codes, 再掲, the status in words and the behind mark', async () => {
    server.use(serveTree());
    renderWithProviders(<PlanTreeView planId={1} />);
    expect(await screen.findByRole('heading', { level: 2, name: /Ⅱ コミュニティの自治の確立/ })).toBeInTheDocument();
    const links = screen.getAllByRole('link', { name: '「住民自治フォーラム（仮称）」の開催' });
    expect(links).toHaveLength(2);
    const relisted = links[1]!.closest('li')!;
    expect(within(relisted).getByText('Ⅱ-2-(1)-カ')).toBeInTheDocument();
    expect(within(relisted).getByText('【再掲】')).toBeInTheDocument();
    expect(within(relisted).getByText('Ⅱ-1-(1)-ア の再掲')).toBeInTheDocument();
    expect(within(relisted).getByText(/遅延/)).toBeInTheDocument();
    expect(within(relisted).getByText('遅れ')).toBeInTheDocument();
    expect(screen.getByText('2 件の取り組みを表示しています（再掲を含む）。')).toBeInTheDocument();
  });

  it('opens and closes a branch with its heading button', async () => {
    server.use(serveTree());
    const user = userEvent.setup();
    renderWithProviders(<PlanTreeView planId={1} />);
    const toggle = await screen.findByRole('button', { name: /Ⅱ-2 自治組織の活性化/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('link', { name: '「住民自治フォーラム（仮称）」の開催' })).toHaveLength(1);
  });

  it('asks the server with the filters the URL holds', async () => {
    server.use(serveTree());
    renderWithProviders(<PlanTreeView planId={1} />, { route: '/plans/1?tag=NEW&behind=1&q=フォーラム&target=START' });
    expect(await screen.findByRole('checkbox', { name: '遅れのある取り組みだけを表示' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: '新規・充実' })).toHaveValue('NEW');
    const filtered = requestsTo('GET', '/api/v1/plans/1/tree')
      .map((c) => new URL(c.url).searchParams)
      .find((p) => p.has('tag'))!;
    expect(Object.fromEntries(filtered)).toEqual({ tag: 'NEW', targetKind: 'START', behind: 'true', q: 'フォーラム' });
  });
});
