import { expect, test, type Page } from '@playwright/test';
import { formatPercent } from '../src/utils/format';
import { expectNoA11yViolations, firstAssociation, findDistrict, getJson, signInByApi } from './support';

type Figure = { fiscalYear: number; households: number; memberHouseholds: number; joinRate: number; version: number };
type JoinRate = { fiscalYear: number; joinRate: number };

const fyLabel = (fy: number) => (fy >= 2019 ? `令和${fy - 2018 === 1 ? '元' : fy - 2018}年度` : `平成${fy - 1988}年度`);

async function latestFigure(page: Page, organizationId: number): Promise<Figure> {
  const figures = await getJson<{ items: Figure[] }>(
    page.request,
    `/api/v1/organizations/${organizationId}/membership-figures`,
  );
  const latest = [...figures.items].sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
  if (!latest) throw new Error('the association has no figures');
  return latest;
}

/** A member count different from the current one that keeps the figure valid. */
function changed(f: Figure, step = 1): number {
  return f.memberHouseholds - step >= 0 ? f.memberHouseholds - step : f.memberHouseholds + step;
}

async function openEditor(page: Page, fiscalYear: number) {
  await page.getByRole('button', { name: `${fyLabel(fiscalYear)}を編集` }).click();
  return page.getByRole('form', { name: new RegExp(`${fyLabel(fiscalYear)}.*の加入世帯数を入力`) });
}

test.describe('membership figures', () => {
  test.beforeEach(async ({ page }) => {
    await signInByApi(page, 'office');
  });

  test('office edits an association’s member households and sees the join rate, chart and history change', async ({
    page,
  }) => {
    const district = await findDistrict(page.request, 'かしいひがし');
    const association = await firstAssociation(page.request, district.id);
    const before = await latestFigure(page, association.id);
    const fy = before.fiscalYear;
    const target = changed(before);
    const districtRateBefore = (
      await getJson<{ items: JoinRate[] }>(page.request, `/api/v1/join-rates?level=DISTRICT&districtId=${district.id}`)
    ).items.find((r) => r.fiscalYear === fy);

    // From the district page, through the organization tree, to the association.
    await page.goto(`/districts/${district.id}`);
    await page.getByRole('link', { name: association.name, exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: association.name })).toBeVisible();
    await expect(page.getByTestId(`join-rate-${fy}`)).toHaveText(formatPercent(before.joinRate));

    const form = await openEditor(page, fy);
    await expectNoA11yViolations(page);
    const members = form.getByRole('textbox', { name: /加入世帯数/ });
    await members.fill(String(target));
    // The rate is worked out while typing, before anything is saved.
    await expect(form.getByRole('status')).toHaveText(formatPercent(target / before.households));
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('保存しました。')).toBeVisible();

    const after = await latestFigure(page, association.id);
    expect(after.memberHouseholds).toBe(target);
    expect(after.version).toBeGreaterThan(before.version);
    await expect(page.getByTestId(`join-rate-${fy}`)).toHaveText(formatPercent(after.joinRate));
    // The chart's data table (read by screen readers) follows the new figure too.
    const chartTable = page.getByRole('table', { name: 'グラフのデータ' });
    await expect(chartTable.getByRole('row', { name: new RegExp(fyLabel(fy)) })).toContainText(
      formatPercent(after.joinRate),
    );

    // The change is in the association's history, with before and after.
    const history = page.getByTestId('history');
    const change = history.getByRole('row', { name: /加入世帯数/ }).first();
    await expect(change).toContainText(String(before.memberHouseholds));
    await expect(change).toContainText(String(target));
    await expect(history).toContainText('office');

    // And the district's join rate trend reflects it.
    const districtRateAfter = (
      await getJson<{ items: JoinRate[] }>(page.request, `/api/v1/join-rates?level=DISTRICT&districtId=${district.id}`)
    ).items.find((r) => r.fiscalYear === fy);
    expect(districtRateAfter?.joinRate).not.toBe(districtRateBefore?.joinRate);
    await page.goto(`/districts/${district.id}`);
    const trend = page.getByTestId('district-join-rates');
    await expect(trend.getByRole('row', { name: new RegExp(fyLabel(fy)) })).toContainText(
      formatPercent(districtRateAfter!.joinRate),
    );
  });

  test('a second tab holding the old version is refused and told why', async ({ page, context }) => {
    const district = await findDistrict(page.request, 'かしいひがし');
    const association = await firstAssociation(page.request, district.id);
    const before = await latestFigure(page, association.id);
    const fy = before.fiscalYear;

    const second = await context.newPage();
    await page.goto(`/organizations/${association.id}`);
    await second.goto(`/organizations/${association.id}`);
    const formA = await openEditor(page, fy);
    const formB = await openEditor(second, fy);

    const first = changed(before, 1);
    await formA.getByRole('textbox', { name: /加入世帯数/ }).fill(String(first));
    await formA.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('保存しました。')).toBeVisible();

    // The second tab still holds the version it loaded.
    await formB.getByRole('textbox', { name: /加入世帯数/ }).fill(String(changed(before, 2)));
    await formB.getByRole('button', { name: '保存' }).click();
    const alert = second.getByRole('alert');
    await expect(alert).toContainText('このデータは他の人によって変更されました');
    await expect(formB.getByRole('button', { name: '保存' })).toBeDisabled();
    await expectNoA11yViolations(second);

    // Nothing was overwritten, and the current data is offered.
    expect((await latestFigure(page, association.id)).memberHouseholds).toBe(first);
    await second.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await expect(formB.getByRole('textbox', { name: /加入世帯数/ })).toHaveValue(String(first));
    await formB.getByRole('button', { name: '保存' }).click();
    await expect(second.getByText('保存しました。')).toBeVisible();
  });

  test('the organization edit form shows server errors next to the field', async ({ page }) => {
    const district = await findDistrict(page.request, 'かしいひがし');
    const association = await firstAssociation(page.request, district.id);
    await page.goto(`/organizations/${association.id}`);
    await page.getByRole('button', { name: '編集', exact: true }).click();
    const form = page.getByRole('form', { name: '団体の情報を編集' });
    await form.getByRole('textbox', { name: /よみ/ }).fill('Not Kana 123');
    await form.getByRole('button', { name: '保存' }).click();
    const kana = form.getByRole('textbox', { name: /よみ/ });
    await expect(kana).toHaveAttribute('aria-invalid', 'true');
    await expect(kana).toBeFocused();
    await expectNoA11yViolations(page);
    await form.getByRole('button', { name: 'キャンセル' }).click();
  });
});
