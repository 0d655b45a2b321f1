import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatPercent } from '../src/utils/format';
import { expectNoA11yViolations, findDistrict, firstAssociation, getJson, mainNavLink, signInByApi } from './support';

type Figure = {
  fiscalYear: number;
  households: number;
  memberHouseholds: number;
  areaCountMethod: string;
  source?: string;
  note?: string;
};

async function latestFigure(request: APIRequestContext, organizationId: number): Promise<Figure> {
  const figures = await getJson<{ items: Figure[] }>(request, `/api/v1/organizations/${organizationId}/membership-figures`);
  const latest = [...figures.items].sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  if (!latest) throw new Error('the association has no figures');
  return latest;
}

/** The column keys of row 1 of the import template, as the server writes them. */
async function templateHeader(request: APIRequestContext): Promise<string[]> {
  const res = await request.get('/api/v1/imports/membership-figures/template?format=csv');
  expect(res.ok()).toBe(true);
  const text = (await res.text()).replace(/^\uFEFF/, '');
  return text.split(/\r?\n/)[0]!.split(',');
}

/** A CSV as Excel users save it: UTF-8 with a byte order mark, CRLF line ends. */
function csv(header: string[], rows: Record<string, string | number | undefined>[]): Buffer {
  const lines = [header.join(','), ...rows.map((r) => header.map((h) => String(r[h] ?? '')).join(','))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function checkFile(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel('取り込むファイル（加入世帯数）').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: '変更内容を確認' }).click();
}

test.describe('import wizard', () => {
  test('office imports member households: a bad row is reported by row and column and changes nothing; a valid file is checked, then imported', async ({
    page,
  }) => {
    await signInByApi(page, 'office');
    // Not 香椎東, whose first association membership.spec.ts edits: the two specs stay independent.
    const district = await findDistrict(page.request, 'はこざき');
    const association = await firstAssociation(page.request, district.id);
    const { code } = await getJson<{ code: string }>(page.request, `/api/v1/organizations/${association.id}`);
    const before = await latestFigure(page.request, association.id);
    const fy = before.fiscalYear;
    const header = await templateHeader(page.request);
    expect(header).toEqual(expect.arrayContaining(['organizationCode', 'fiscalYear', 'households', 'memberHouseholds']));
    const row = (memberHouseholds: number) => ({
      organizationCode: code,
      organizationName: association.name,
      fiscalYear: fy,
      households: before.households,
      memberHouseholds,
      areaCountMethod: before.areaCountMethod,
      source: before.source,
      note: before.note,
    });

    await page.goto('/import');
    await expect(page.getByRole('heading', { level: 1, name: 'データ取込' })).toBeVisible();
    await page.getByRole('radio', { name: '加入世帯数' }).check();

    // The template the page offers is the one the server makes.
    const [template] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '加入世帯数のひな形: CSV' }).click(),
    ]);
    expect(template.suggestedFilename()).toMatch(/membership-figures.*\.csv$/);
    expect((await readFile(await template.path())).toString('utf8')).toContain('memberHouseholds');

    // 1. More member households than households: refused, with the row as Excel numbers it.
    await checkFile(page, 'figures-bad.csv', csv(header, [row(before.households + 1)]));
    await expect(page.getByRole('alert')).toContainText('ファイルに 1 件のエラーがあります（1 行）');
    const errors = page.getByRole('table', { name: /エラー一覧/ });
    await expect(errors.getByRole('columnheader')).toHaveText(['行', '列', '内容']);
    const errorRow = errors.getByRole('row', { name: /^2 / });
    await expect(errorRow.getByRole('rowheader')).toHaveText('2');
    await expect(errorRow).toContainText('加入世帯数');
    await expect(errorRow).toContainText('memberHouseholds');
    await expect(errorRow).toContainText('加入世帯数が世帯数を超えています');
    await expect(page.getByRole('button', { name: 'この内容で取り込む' })).toHaveCount(0);
    await expectNoA11yViolations(page);
    expect((await latestFigure(page.request, association.id)).memberHouseholds).toBe(before.memberHouseholds);

    // 2. A valid file: the dry run shows one update and which column changes, and changes nothing yet.
    const target = before.memberHouseholds > 0 ? before.memberHouseholds - 1 : 1;
    await checkFile(page, 'figures.csv', csv(header, [row(target)]));
    await expect(page.getByRole('status').filter({ hasText: 'エラーはありません' })).toBeVisible();
    await expect(page.getByTestId('count-updated')).toHaveText('1');
    await expect(page.getByTestId('count-created')).toHaveText('0');
    const changes = page.getByRole('table', { name: /変更される行/ });
    const change = changes.getByRole('row', { name: new RegExp(`${code}/${fy}`) });
    await expect(change).toContainText('更新');
    await expect(change).toContainText('加入世帯数');
    await expectNoA11yViolations(page);
    expect((await latestFigure(page.request, association.id)).memberHouseholds).toBe(before.memberHouseholds);

    // 3. Confirm: the same file is imported for real.
    await page.getByRole('button', { name: 'この内容で取り込む' }).click();
    await expect(page.getByRole('heading', { name: '取り込みが完了しました' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '更新 1 件' })).toBeVisible();
    expect((await latestFigure(page.request, association.id)).memberHouseholds).toBe(target);

    // The association's page shows the new figure and rate.
    await page.goto(`/organizations/${association.id}`);
    await expect(page.getByTestId(`join-rate-${fy}`)).toHaveText(formatPercent(target / before.households));
    await expect(
      page.getByRole('table', { name: '年度別の加入世帯数' }).getByRole('row', { name: new RegExp(`\\(${fy}\\)`) }),
    ).toContainText(target.toLocaleString('ja-JP'));

    // And the district's export, in the same format, carries it: export → edit → import round-trips.
    await page.goto(`/districts/${district.id}`);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '加入世帯数を出力: Excel' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^membership-figures-\d{8}\.xlsx$/);
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '加入世帯数を出力: CSV' }).click(),
    ]);
    const lines = (await readFile(await exported.path())).toString('utf8').split(/\r\n/);
    // The screens' export buttons ask for the Japanese column labels (the import reads them back).
    expect(lines[0]).toBe('\uFEFF団体コード,団体名,年度,世帯数,加入世帯数,世帯数の把握方法,出典,備考,更新番号');
    expect(lines.find((l) => l.startsWith(`${code},`) && l.includes(`,${fy},`))).toContain(`,${target},`);
    expect(lines.some((l) => l.includes('姪浜'))).toBe(false);
  });

  test('office pushes households with 正しい行だけ取り込む: the good row lands, the bad one is listed, and the district page shows both household figures', async ({
    page,
  }) => {
    await signInByApi(page, 'office');
    // 千早: no other spec reads its statistics
    const district = await findDistrict(page.request, 'ちはや');
    const { code } = await getJson<{ code: string }>(page.request, `/api/v1/districts/${district.id}`);
    const profile = await getJson<{ fiscalYear: number; households: { associations: number | null } }>(
      page.request,
      `/api/v1/districts/${district.id}/profile`,
    );
    expect(profile.households.associations).not.toBeNull();
    const registry = (profile.households.associations ?? 0) + 1234;
    const buffer = Buffer.from(
      `\uFEFF校区コード,年度,人口,世帯数\r\n${code},${profile.fiscalYear},${registry * 2},${registry}\r\nNO-SUCH,${profile.fiscalYear},10,5\r\n`,
      'utf8',
    );

    await page.goto('/import');
    await page.getByRole('radio', { name: '人口・世帯数（住民基本台帳）' }).check();
    await page.getByRole('radio', { name: '正しい行だけ取り込む' }).check();
    await page
      .getByLabel('取り込むファイル（人口・世帯数（住民基本台帳））')
      .setInputFiles({ name: 'stats.csv', mimeType: 'text/csv', buffer });
    await page.getByRole('button', { name: '変更内容を確認' }).click();
    await expect(page.getByRole('alert')).toContainText('エラーのある 1 行は取り込みません。');
    await expect(page.getByRole('table', { name: /エラー一覧/ }).getByRole('row', { name: /^3 / })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'この内容で取り込む' }).click();
    await expect(page.getByRole('heading', { name: '取り込みが完了しました' })).toBeFocused();
    await expect(page.getByText('次の 1 行は取り込んでいません。')).toBeVisible();

    await page.goto(`/districts/${district.id}`);
    await expect(page.getByTestId('households-registry')).toHaveText(registry.toLocaleString('ja-JP'));
    await expect(page.getByText(/加入率は、自治会・町内会が届け出た世帯数/)).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test('a district liaison exports the filtered district list, but has neither import nor letters of thanks', async ({
    page,
  }) => {
    await signInByApi(page, 'liaison2');
    await page.goto('/districts');
    await expect(await mainNavLink(page, '校区')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await expect(nav.getByRole('link', { name: '取込' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: '感謝状' })).toHaveCount(0);
    await page.keyboard.press('Escape');

    await page.getByRole('combobox', { name: '区' }).selectOption({ label: '西区' });
    await expect(page).toHaveURL(/ward=\d+/);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '校区一覧を出力: CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^districts-\d{8}\.csv$/);
    const text = (await readFile(await file.path())).toString('utf8');
    expect(text.startsWith('\uFEFF校区コード,')).toBe(true);
    expect(text).toContain('姪浜');
    expect(text).not.toContain('香椎');

    // Office pages followed by a link or bookmark say they are not available, and show nothing.
    await page.goto('/import');
    await expect(page.getByRole('heading', { level: 1, name: 'このページは利用できません' })).toBeVisible();
    await expect(page.getByLabel(/取り込むファイル/)).toHaveCount(0);
    await expectNoA11yViolations(page);
    await page.goto('/letters-of-thanks');
    await expect(page.getByRole('heading', { level: 1, name: 'このページは利用できません' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
