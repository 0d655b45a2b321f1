import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, findDistrict, firstAssociation, getJson, signInByApi, type UserKey } from './support';

// A phone (390×844): no page scrolls sideways, every page passes axe, and the navigation folds into a menu.
test.use({ viewport: { width: 390, height: 844 } });

type Items<T> = { items: T[] };

/** The main routes a user of this role opens, with real ids from the demo city. */
async function routesFor(page: Page, who: UserKey): Promise<string[]> {
  const district = await findDistrict(page.request, 'かしいひがし');
  const association = await firstAssociation(page.request, district.id);
  const requests = await getJson<Items<{ id: number }>>(page.request, '/api/v1/city-requests?size=1');
  const plans = await getJson<Items<{ id: number }>>(page.request, '/api/v1/plans');
  const initiatives = await getJson<Items<{ id: number }>>(page.request, '/api/v1/initiatives?size=1');
  const reports = await getJson<Items<{ id: number }>>(page.request, '/api/v1/upward-reports?size=1');
  // a grant case this user sees (a liaison: of their districts) and its program (支援策, 交付案件)
  const grantCase = (await getJson<Items<{ id: number; programId: number; fiscalYear: number }>>(page.request, '/api/v1/grant-cases?size=1'))
    .items[0]!;
  const plan = plans.items[0]!.id;
  // 研修・説明会 and 施設: the year's first event, the first facility of the liaison's (or the first) district
  const event = (await getJson<Items<{ id: number }>>(page.request, '/api/v1/support-events?size=1')).items[0]!.id;
  const facility = (await getJson<Items<{ id: number }>>(page.request, `/api/v1/facilities?districtId=${district.id}&size=1`)).items[0]!.id;
  // 加入促進: a demo building that joined as a block, with its timeline of contacts
  const newBuilding = (await getJson<Items<{ id: number }>>(page.request, '/api/v1/new-buildings?outcome=BLOCK_JOIN&size=1')).items[0]!.id;
  // ボランティア募集: the open call closing last (the demo's summer festival, with its inquiries)
  const volunteerPost = (await getJson<Items<{ id: number }>>(page.request, '/api/v1/volunteer-posts?published=true&sort=-closesOn&size=1')).items[0]!.id;
  // 会議体: the demo general assembly and a board meeting with its attendance
  const bodies = (await getJson<Items<{ id: number; code: string }>>(page.request, '/api/v1/council-bodies?size=200')).items;
  const assembly = bodies.find((b) => b.code === 'GENERAL_ASSEMBLY')!.id;
  const board = bodies.find((b) => b.code === 'BOARD')!.id;
  const boardMeeting = (await getJson<Items<{ id: number }>>(page.request, `/api/v1/council-meetings?bodyId=${board}&fiscalYear=2025&size=1`)).items[0]!.id;
  const routes = [
    '/districts',
    `/districts/${district.id}`,
    `/districts/${district.id}/burden-calendar`,
    `/organizations/${association.id}`,
    '/requests',
    `/requests/${requests.items[0]!.id}`,
    '/reviews',
    '/meetings',
    '/upward-reports',
    `/upward-reports/${reports.items[0]!.id}`,
    '/upward-reports/new',
    '/plans',
    `/plans/${plan}`,
    `/plans/${plan}/dashboard`,
    `/initiatives/${initiatives.items[0]!.id}`,
    '/support',
    '/support?view=list',
    '/support?view=changes',
    `/support/programs/${grantCase.programId}`,
    `/support/programs/${grantCase.programId}/cases`,
    '/grant-cases',
    `/grant-cases/${grantCase.id}`,
    '/public/support',
    `/public/support/${grantCase.fiscalYear}/print`,
    `/public/support/${grantCase.fiscalYear}/grants`,
    `/public/support/programs/${grantCase.programId}`,
    '/support-events',
    `/support-events/${event}`,
    '/facilities',
    `/facilities/${facility}`,
    `/facilities/${facility}/edit`,
    `/facilities/new?district=${district.id}`,
    '/join-promotion',
    '/join-promotion/leaflets',
    '/join-promotion/agreements',
    '/join-promotion/incorporations',
    '/join-promotion/effect',
    `/new-buildings/${newBuilding}`,
    '/new-buildings/new',
    '/council-bodies',
    `/council-bodies/${assembly}`,
    `/meetings/${boardMeeting}`,
    '/volunteer-posts',
    `/volunteer-posts/${volunteerPost}`,
    '/volunteer-posts/new',
    '/public/volunteers',
    `/public/volunteers/${volunteerPost}`,
  ];
  if (who === 'office') {
    const cycles = (await getJson<{ items: { id: number; fiscalYear: number }[] }>(page.request, '/api/v1/review-cycles')).items;
    routes.push(
      '/requests/new',
      `/reviews/${cycles[0]!.id}/dashboard`,
      `/plans/${plan}/evaluations`,
      `/plans/${plan}/publication`,
      '/committee',
      '/import',
      '/letters-of-thanks',
      '/support/programs/new',
      `/support/programs/${grantCase.programId}/edit`,
      '/support-events/new',
      `/support-events/${event}/edit`,
      `/new-buildings/${newBuilding}/edit`,
      '/council-bodies/new',
      '/liaisons',
    );
  }
  return routes;
}

async function settled(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /読み込み中|Loading/ })).toHaveCount(0);
}

for (const who of ['office', 'liaison'] as const) {
  test(`no page scrolls sideways at 390 px and every page passes axe (${who})`, async ({ page }) => {
    // some forty-five pages for the office, each checked by axe (the council bodies' added five, the calls for
    // volunteers five)
    // (加入促進 added eight)
    test.setTimeout(660_000);
    await signInByApi(page, who);
    const routes = await routesFor(page, who);
    const wide: string[] = [];
    for (const path of routes) {
      await page.goto(path);
      await settled(page);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} > ${innerWidth}`);
      await expectNoA11yViolations(page);
    }
    expect(wide, 'pages wider than the phone').toEqual([]);
  });
}

test('the navigation folds into a menu button on a phone (disclosure)', async ({ page }) => {
  await signInByApi(page, 'office');
  await page.goto('/requests');
  await settled(page);
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  const toggle = nav.getByRole('button', { name: 'メニュー' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: '依頼等' })).toBeHidden();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: '依頼等' })).toHaveAttribute('aria-current', 'page');
  await expectNoA11yViolations(page);
  // Escape closes it and the keyboard is back on the button.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  // Choosing a page closes the menu.
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: '校区', exact: true }).click();
  await expect(page).toHaveURL(/\/districts$/);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test.describe('a wide screen', () => {
  test.use({ viewport: { width: 1366, height: 900 } });
  test('the office header keeps to one row with the whole user name, in both languages', async ({ page }) => {
    for (const lang of ['ja', 'en'] as const) {
      await page.addInitScript((l) => window.localStorage.setItem('kyodo.lang', l), lang);
      await signInByApi(page, 'office');
      await page.goto('/districts');
      await settled(page);
      const header = page.locator('.site-header-inner');
      const name = page.locator('.site-name');
      const box = await header.boundingBox();
      const nameBox = await name.boundingBox();
      // One row: the header is no taller than its tallest item plus its padding.
      expect(box!.height).toBeLessThan(nameBox!.height + 40);
      const user = page.locator('.user-menu-toggle');
      const cut = await user.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(cut, 'the user name is not cut').toBe(false);
    }
  });

  for (const who of ['office', 'liaison'] as const) {
    test(`the ${who}'s navigation fits on one row in groups, each a disclosure menu reachable by keyboard`, async ({ page }) => {
      await signInByApi(page, who);
      await page.goto('/districts');
      await settled(page);
      const nav = page.getByRole('navigation', { name: 'メインメニュー' });
      await expect(nav.getByRole('button', { name: '校区の活動' })).toBeVisible();
      await expect(nav.getByRole('button', { name: 'メニュー' })).toHaveCount(0);
      const box = await page.locator('.site-header-inner').boundingBox();
      const nameBox = await page.locator('.site-name').boundingBox();
      expect(box!.height).toBeLessThan(nameBox!.height + 40);

      const group = nav.getByRole('button', { name: '依頼・負担' });
      await group.focus();
      await page.keyboard.press('Enter');
      await expect(group).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name: '依頼等' })).toBeFocused();
      await expectNoA11yViolations(page);
      await page.keyboard.press('Escape');
      await expect(group).toHaveAttribute('aria-expanded', 'false');
      await expect(group).toBeFocused();

      await page.keyboard.press('Enter');
      await nav.getByRole('link', { name: '見直し' }).click();
      await expect(page).toHaveURL(/\/reviews$/);
      await expect(group).toHaveAttribute('aria-expanded', 'false');
    });
  }
});
