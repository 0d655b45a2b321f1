import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** Demo accounts of the embedded profile (README: demo sign-ins). */
export const USERS = {
  admin: { username: 'admin', password: process.env.KYODO_ADMIN_PASSWORD ?? 'admin-demo-pass' },
  office: { username: 'office', password: 'office-demo-pass' },
  liaison: { username: 'liaison', password: 'liaison-demo-pass' },
  liaison2: { username: 'liaison2', password: 'liaison2-demo-pass' },
  dept: { username: 'dept', password: 'dept-demo-pass' },
  committee: { username: 'committee', password: 'committee-demo-pass' },
} as const;

export type UserKey = keyof typeof USERS;

/**
 * Signs in through the API (the page's request context shares the cookie jar with the page).
 * The sign-in form itself is covered by its own spec.
 */
export async function signInByApi(page: Page, who: UserKey): Promise<void> {
  const res = await page.request.post('/api/v1/sessions', { data: USERS[who] });
  expect(res.status(), `sign in as ${who}`).toBe(201);
}

/** WCAG 2.1 A/AA rules; every page must have none. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

type Json = Record<string, unknown>;

export async function getJson<T = Json>(request: APIRequestContext, url: string): Promise<T> {
  const res = await request.get(url);
  expect(res.ok(), `GET ${url} → ${res.status()}`).toBe(true);
  return (await res.json()) as T;
}

type TreeNode = { id: number; kind: string; name: string; children?: TreeNode[] };

/** The first neighborhood association in a district's organization tree. */
export async function firstAssociation(request: APIRequestContext, districtId: number): Promise<TreeNode> {
  const tree = (await getJson<{ items: TreeNode[] }>(request, `/api/v1/districts/${districtId}/organization-tree?size=200`)).items;
  const stack = [...tree];
  while (stack.length > 0) {
    const n = stack.shift()!;
    if (n.kind === 'NEIGHBORHOOD_ASSOCIATION') return n;
    stack.push(...(n.children ?? []));
  }
  throw new Error(`district ${districtId} has no association`);
}

export async function findDistrict(
  request: APIRequestContext,
  q: string,
): Promise<{ id: number; name: string; wardName: string }> {
  const page = await getJson<{ items: { id: number; name: string; wardName: string }[] }>(
    request,
    `/api/v1/districts?q=${encodeURIComponent(q)}`,
  );
  const d = page.items[0];
  if (!d) throw new Error(`no district matches ${q}`);
  return d;
}

/** The district council (自治協議会) at the root of a district's organization tree. */
export async function districtCouncil(request: APIRequestContext, districtId: number): Promise<TreeNode> {
  const tree = (await getJson<{ items: TreeNode[] }>(request, `/api/v1/districts/${districtId}/organization-tree?size=200`)).items;
  const council = tree.find((n) => n.kind === 'DISTRICT_COUNCIL');
  if (!council) throw new Error(`district ${districtId} has no council`);
  return council;
}

/** 令和7年度 for 2025 (the fiscal year takes the era of its calendar year). */
export function fiscalYearLabel(fy: number): string {
  if (fy >= 2019) return `令和${fy === 2019 ? '元' : fy - 2018}年度`;
  return `平成${fy === 1989 ? '元' : fy - 1988}年度`;
}

/**
 * A link of the main navigation, made visible: the menu button opened when the navigation is folded (a phone), the
 * group that holds the link opened when it is not (a wide screen).
 */
export async function mainNavLink(page: Page, name: string): Promise<Locator> {
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await expect(nav).toBeVisible();
  const toggle = nav.getByRole('button', { name: 'メニュー' });
  const link = nav.getByRole('link', { name, exact: true });
  // The menu folds once the header has measured its items, so look again until the link shows.
  await expect(async () => {
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    if (!(await link.isVisible())) {
      // hidden links are not in the accessibility tree: find the group's list by the anchor's text
      const lists = await nav
        .locator('a')
        .evaluateAll(
          (anchors, text) => anchors.filter((a) => a.textContent.trim() === text).map((a) => a.closest('ul[id]')?.id ?? ''),
          name,
        );
      for (const id of lists.filter(Boolean)) {
        const group = nav.locator(`button[aria-controls="${id}"]:not(.site-nav-toggle)`);
        if ((await group.count()) > 0 && (await group.getAttribute('aria-expanded')) !== 'true') await group.click();
      }
    }
    await expect(link).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 7_000 });
  return link;
}

/**
 * Opens a page from the main menu. The page the app lands on may still change while the menu is open (a redirect
 * after the session is read), and the menu closes when the page changes, as it does when a page is chosen: the menu
 * is opened again and the link clicked again until the click lands.
 */
export async function clickMainNav(page: Page, name: string): Promise<void> {
  await expect(async () => {
    await (await mainNavLink(page, name)).click({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}
