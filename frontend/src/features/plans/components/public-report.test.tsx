import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { PublicReport } from '../api/types';
import { PublicReportView } from './public-report';
import { publicEvaluation, publicInitiative, publicNode, publicProgress, publicRevision } from '@/testing/fixtures';

const report: PublicReport = {
  plan: { code: 'fukuoka-2009', name: 'コミュニティに関する今後の取り組み', owner: '福岡市', fromFiscalYear: 2009, toFiscalYear: 2010 },
  fiscalYear: 2026,
  revision: 2,
  publishedAt: '2027-06-01T01:00:00Z',
  revisions: [
    publicRevision({ revision: 1, publishedAt: '2027-05-01T01:00:00Z' }),
    publicRevision({ revision: 2, publishedAt: '2027-06-01T01:00:00Z' }),
  ],
  grades: [
    { code: 'A', position: 1, labelJa: '順調', labelEn: 'On track' },
    { code: 'B', position: 2, labelJa: 'おおむね順調', labelEn: 'Mostly on track' },
  ],
  opinion: publicEvaluation({ revision: 1, comment: '全体としておおむね順調に進んでいる。' }),
  requestReview: {
    fiscalYear: 2026,
    baselineYear: 2024,
    cooperationRequests: 90,
    baselineCooperationRequests: 120,
    requestsCutShare: 0.25,
    hours: 1500,
    baselineHours: 2000,
    hoursCutShare: 0.25,
  },
  nodes: [
    publicNode({
      depth: 0,
      levelName: '基本方針',
      code: 'Ⅱ',
      title: 'コミュニティの自治の確立に向けた取り組み',
      children: [
        publicNode({
          depth: 1,
          levelName: '施策',
          code: '2',
          title: '自治組織の活性化',
          children: [
            publicNode({
              depth: 2,
              levelName: '事業',
              code: 'カ',
              title: '「住民自治フォーラム（仮称）」の開催',
              relisted: true,
              initiative: publicInitiative({ refKey: 'II-1-1-a', title: '「住民自治フォーラム（仮称）」の開催' }),
            }),
          ],
        }),
        publicNode({
          depth: 1,
          levelName: '施策',
          code: '1',
          title: '自治の環境づくり',
          children: [
            publicNode({
              depth: 2,
              levelName: '事業',
              code: 'ア',
              title: '「住民自治フォーラム（仮称）」の開催',
              initiative: publicInitiative({
                refKey: 'II-1-1-a',
                title: '「住民自治フォーラム（仮称）」の開催',
                progress: [publicProgress({ half: 0, status: 'CARRIED_OUT', done: 'フォーラムを開催した。' })],
                evaluation: {
                  rating: 'A',
                  revision: 2,
                  comment: '多くの市民が参加した。',
                  correctionReason: '参加者数の誤り',
                  earlier: [{ revision: 1, rating: 'B', comment: '参加者が少なかった。', publishedAt: '2027-05-01' }],
                },
              }),
            }),
          ],
        }),
      ],
    }),
  ],
};

describe('PublicReportView', () => {
  it('shows the rating with its label, the correction with the earlier version, and the opinion', () => {
    renderWithProviders(<PublicReportView report={report} revisionHref={(r) => `?revision=${r}`} />);
    const forum = screen.getByRole('heading', { name: /Ⅱ-1-ア 「住民自治フォーラム（仮称）」の開催/ }).closest('article')!;
    expect(within(forum).getByText('評価: A 順調')).toBeInTheDocument();
    expect(within(forum).getByText('多くの市民が参加した。')).toBeInTheDocument();
    expect(within(forum).getByText('訂正あり（第2版）')).toBeInTheDocument();
    expect(within(forum).getByText('訂正の理由: 参加者数の誤り')).toBeInTheDocument();
    expect(within(forum).getByText(/訂正前の評価（第1版/)).toBeInTheDocument();
    expect(within(forum).getByText('評価: B おおむね順調')).toBeInTheDocument();
    expect(within(forum).getByText('実施済')).toBeInTheDocument();
    expect(screen.getByText('全体としておおむね順調に進んでいる。')).toBeInTheDocument();
  });

  it('points a 再掲 row to where the initiative is reported', () => {
    renderWithProviders(<PublicReportView report={report} />);
    const relisted = screen.getByRole('heading', { name: /Ⅱ-2-カ/ }).closest('article')!;
    expect(within(relisted).getByText('Ⅱ-1-ア の再掲です。進捗と評価は Ⅱ-1-ア をご覧ください。')).toBeInTheDocument();
    expect(within(relisted).queryByText('評価: A 順調')).not.toBeInTheDocument();
  });

  it('compares the requests with the baseline year', () => {
    renderWithProviders(<PublicReportView report={report} />);
    const table = screen.getByRole('table', { name: /協力依頼件数と負担時間/ });
    const row = within(table).getByRole('row', { name: /協力依頼件数/ });
    expect(row).toHaveTextContent('120');
    expect(row).toHaveTextContent('90');
    expect(row).toHaveTextContent('25.0%');
  });

  it('writes everything out on paper', () => {
    renderWithProviders(<PublicReportView report={report} variant="print" />);
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(document.querySelector('details')).toBeNull();
    expect(screen.getByText('参加者が少なかった。')).toBeVisible();
  });
});
