import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, findDistrict, firstAssociation, getJson, signInByApi } from './support';

test.describe('district liaison', () => {
  test.beforeEach(async ({ page }) => {
    await signInByApi(page, 'liaison');
  });

  test('may edit an association of an assigned district', async ({ page }) => {
    const me = await getJson<{ districtIds: number[] }>(page.request, '/api/v1/me');
    const own = me.districtIds[0];
    expect(own, 'the demo liaison has districts').toBeDefined();
    const association = await firstAssociation(page.request, own!);
    await page.goto(`/organizations/${association.id}`);
    await expect(page.getByRole('heading', { level: 1, name: association.name })).toBeVisible();
    await expect(page.getByRole('button', { name: '編集', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /年度を編集$/ }).first()).toBeVisible();
  });

  test('cannot edit an association of another district: no edit button is offered', async ({ page }) => {
    const me = await getJson<{ districtIds: number[] }>(page.request, '/api/v1/me');
    const other = await findDistrict(page.request, 'めいのはま');
    expect(me.districtIds).not.toContain(other.id);
    const association = await firstAssociation(page.request, other.id);

    await page.goto(`/organizations/${association.id}`);
    await expect(page.getByRole('heading', { level: 1, name: association.name })).toBeVisible();
    await expect(page.getByText('この団体を編集する権限はありません。')).toBeVisible();
    await expect(page.getByRole('button', { name: '編集', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /年度を編集$/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /の加入世帯数を入力$/ })).toHaveCount(0);
    await expectNoA11yViolations(page);

    // Hiding the button is a courtesy; the server refuses the change all the same.
    const org = await page.request.get(`/api/v1/organizations/${association.id}`);
    const etag = org.headers()['etag'] ?? '"0"';
    const figures = await getJson<{ items: { fiscalYear: number; households: number }[] }>(
      page.request,
      `/api/v1/organizations/${association.id}/membership-figures`,
    );
    const fy = figures.items[0]!.fiscalYear;
    const res = await page.request.put(`/api/v1/organizations/${association.id}/membership-figures/${fy}`, {
      headers: { 'If-Match': etag },
      data: { households: figures.items[0]!.households, memberHouseholds: 0, areaCountMethod: 'RESIDENT_REGISTRY' },
    });
    expect(res.status()).toBe(403);
  });
});
