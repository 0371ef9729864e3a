// What the browser journeys share: the demo logins' tokens (nuanxin-cli, for set-up through the API only), a valid
// identity number, a family registered through the API, and the Keycloak login form.
export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const KEYCLOAK = process.env.KEYCLOAK_URL ?? 'http://localhost:8180/realms/nuanxin';
export const PASSWORD = process.env.E2E_PASSWORD ?? 'nuanxin';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
export const randomInt = (min, max) => min + Math.floor(Math.random() * (max - min + 1));
export const pad = (n, width) => String(n).padStart(width, '0');

/** A valid 18-character identity number (MOD 11-2 check character) of someone born 1945–1962 in the area. */
export function idNumber(areaCode) {
  const first17 = `${areaCode}${randomInt(1945, 1962)}${pad(randomInt(1, 12), 2)}${pad(randomInt(1, 28), 2)}${pad(randomInt(0, 999), 3)}`;
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * ID_WEIGHTS[i], 0);
  return first17 + ID_CHECK_CHARS[sum % 11];
}

export const mobile = () => `139${pad(randomInt(0, 99_999_999), 8)}`;

export async function token(username) {
  const response = await fetch(`${KEYCLOAK}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'nuanxin-cli', username, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** A bereaved mother living alone, registered through the API; the address is unique, so a page can be searched for it. */
export async function registerFamily(accessToken, districtCode, street, parentName) {
  const address = `端到端测试 ${Date.now()}-${randomInt(1000, 9999)} 号`;
  const response = await fetch(`${BASE_URL}/api/family/families`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({
      category: 'BEREAVED',
      districtCode,
      street,
      community: '测试社区',
      address,
      members: [{ name: parentName, relation: 'MOTHER', idNumber: idNumber(districtCode), phone: mobile(), livingAlone: true }],
    }),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`register a family in ${districtCode}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return { id: JSON.parse(text).id, address, parentName };
}

/** Fills in Keycloak's own login page. */
export async function logIn(page, username) {
  await page.locator('#username').waitFor({ timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
}
