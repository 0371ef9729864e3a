// The coordinators' app against the running system, in a real browser (real Keycloak, real services):
//
//  1. the city coordinator, then the auditor, open every screen of their menu and a family's page; each must show
//     its heading and no error, and a screenshot of each is saved (target/e2e-screenshots/<login>-*.png);
//  2. the session renews itself: the access token is made to look about to expire, and oidc-client-ts must fetch
//     a new one with the refresh token while the app keeps working;
//  3. a district coordinator (siming, 思明区) opens a family of her district by URL and sees it, then opens a
//     family of 湖里区 by URL and is told it does not exist or is outside her area — and nothing of it shows;
//  4. she logs out, and the family page then asks for a login again.
//
//   BASE_URL=http://localhost:8080 npm run e2e:tour
//
// The two families are registered for the journey through the API with a token of the nuanxin-cli client
// (demo login city). Exits 0 on success, 1 naming the step otherwise (and saves target/e2e-failure.png).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, logIn, registerFamily, token } from './support.mjs';

const TARGET = join(dirname(fileURLToPath(import.meta.url)), '..', 'target');
const SHOTS = join(TARGET, 'e2e-screenshots');
/** oidc-client-ts raises "access token expiring" this many seconds before expiry, which starts the silent renewal. */
const EXPIRING_NOTICE_S = 60;

const step = (text) => console.log(`• ${text}`);

/** The page's heading is shown, nothing is loading any more, and no error banner is on it. */
async function settled(page, what) {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 }).catch(() => {
    throw new Error(`${what}: no heading`);
  });
  await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'), undefined, { timeout: 20_000 }).catch(() => {
    throw new Error(`${what}: still loading after 20 s`);
  });
  const errors = await page.locator('.banner--error').allInnerTexts();
  if (errors.length) throw new Error(`${what}: shows an error: ${errors.join(' | ')}`);
}

const storedUser = (page) =>
  page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    return key ? { key, user: JSON.parse(sessionStorage.getItem(key)) } : undefined;
  });

async function deskTour(browser, username, family, { renewal }) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  try {
    step(`${username} logs in`);
    await page.goto(BASE_URL);
    await logIn(page, username);
    await settled(page, 'dashboard');

    const links = await page.locator('nav a').evaluateAll((anchors) =>
      anchors.map((a) => ({ href: a.getAttribute('href'), label: a.textContent.trim() })).filter((l) => l.href && l.href !== '/m'),
    );
    if (links.length < 8) throw new Error(`${username}'s menu has only ${links.length} entries`);
    for (const link of links) {
      step(`menu → ${link.label} (${link.href})`);
      await page.click(`nav a[href="${link.href}"]`);
      await page.waitForURL((url) => url.pathname === link.href);
      await settled(page, link.label);
      await page.screenshot({ path: join(SHOTS, `${username}${link.href === '/' ? '-dashboard' : link.href.replaceAll('/', '-')}.png`) });
    }

    step('the family page of a family registered just now');
    await page.goto(`${BASE_URL}/families/${family.id}`);
    await settled(page, 'family page');
    await page.getByText(family.address).first().waitFor();
    await page.screenshot({ path: join(SHOTS, `${username}-family-page.png`), fullPage: true });
    if (!renewal) return;

    step('the session renews its access token before it expires');
    const before = await storedUser(page);
    if (!before?.user?.refresh_token) throw new Error('no refresh token in the session');
    await page.evaluate(({ key, user, notice }) => {
      // pretend the token expires in notice + 2 s: the renewal timer fires about 2 s after the reload
      sessionStorage.setItem(key, JSON.stringify({ ...user, expires_at: Math.floor(Date.now() / 1000) + notice + 2 }));
    }, { ...before, notice: EXPIRING_NOTICE_S });
    await page.reload();
    await settled(page, 'family page after reload');
    await page
      .waitForFunction((old) => {
        const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
        return key && JSON.parse(sessionStorage.getItem(key)).access_token !== old;
      }, before.user.access_token, { timeout: 30_000, polling: 250 })
      .catch(() => {
        throw new Error('the access token was not renewed within 30 s of its expiring notice');
      });
    await page.click('nav a[href="/families"]');
    await settled(page, 'families list with the renewed token');
  } catch (error) {
    await page.screenshot({ path: join(TARGET, 'e2e-failure.png') }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

async function districtIsolation(browser, own, other) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  try {
    step('the 思明区 coordinator opens a family of her district by URL');
    await page.goto(`${BASE_URL}/families/${own.id}`);
    await logIn(page, 'siming');
    await settled(page, 'own district family');
    await page.getByText(own.address).first().waitFor();

    step('… and a family of 湖里区 by URL');
    await page.goto(`${BASE_URL}/families/${other.id}`);
    await page.getByRole('heading', { name: '找不到这户家庭' }).waitFor({ timeout: 20_000 });
    await page.getByText('这户家庭不存在，或不在您负责的区域。').waitFor();
    const body = await page.locator('body').innerText();
    for (const secret of [other.address, other.parentName]) {
      if (body.includes(secret)) throw new Error(`the 湖里区 family's "${secret}" shows to the 思明区 coordinator`);
    }
    await page.screenshot({ path: join(SHOTS, 'desk-other-district-family.png') });

    step('she logs out; the family page then asks for a login');
    await page.getByRole('button', { name: /退出登录|Log out/ }).click();
    await page.waitForFunction(() => !Object.keys(sessionStorage).some((k) => k.startsWith('oidc.user:')), undefined, { timeout: 15_000 });
    await page.goto(`${BASE_URL}/families/${own.id}`);
    await page.locator('#username').waitFor({ timeout: 20_000 });
  } catch (error) {
    await page.screenshot({ path: join(TARGET, 'e2e-failure.png') }).catch(() => {});
    throw error;
  } finally {
    await context.close();
  }
}

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  step('set-up: a family in 思明区 and one in 湖里区');
  const city = await token('city');
  const own = await registerFamily(city, '350203', '莲前街道', '林秀英');
  const other = await registerFamily(city, '350206', '殿前街道', '陈阿婆');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await deskTour(browser, 'city', own, { renewal: true });
    await deskTour(browser, 'auditor', other, { renewal: false });
    await districtIsolation(browser, own, other);
    console.log('✓ every screen of the city coordinator’s and the auditor’s menus shows, the session renews, a district coordinator sees only her district');
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`✗ ${error.message}`);
  process.exit(1);
});
