// Page lists and small browser actions shared by the browser tests.

export const dutchPages = ['/', '/mensenhandel', '/vormen', '/binnenland-buitenland', '/signalen',
  '/wat-kun-je-doen', '/professionals', '/privacy', '/melden', '/advies', '/brievenbus'];
export const englishPages = ['/en/', '/en/human-trafficking', '/en/forms', '/en/domestic-cross-border',
  '/en/signals', '/en/what-you-can-do', '/en/professionals', '/en/privacy', '/en/report', '/en/advice',
  '/en/mailbox'];

export const neutralSite = 'https://www.google.nl/';

// Clicks something that submits a form (a POST to `path`) and waits until the
// answer has loaded. Returns the HTTP response of that POST.
export async function submitForm(page, selector, path) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path),
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(selector),
  ]);
  return response;
}

// Fills in a complete, anonymous report on the already opened form page.
export async function fillAnonymousReport(page, description) {
  await page.check('#role-resident');
  await page.check('#anonymity-anonymous');
  await page.fill('#description', description);
  await page.check('#form-labour');
  await page.check('#signal-labour_employer_holds_id');
  await page.fill('#postcode', '8321');
  await page.check('#minors-yes');
}

// Sends a valid anonymous Dutch report through the form and returns the receipt code.
export async function reportAndGetReceipt(page, baseUrl) {
  await page.goto(`${baseUrl}/melden`);
  await fillAnonymousReport(page, 'Arbeiders slapen in containers achter de kwekerij.');
  const response = await submitForm(page, 'form.signal-form button[type=submit]', '/melden');
  if (response.status() !== 200) throw new Error(`report was refused with ${response.status()}`);
  return (await page.locator('#receipt').textContent()).trim();
}

// Opens the mailbox login at `path`, enters `receipt` and submits; returns the response.
export async function openMailbox(page, baseUrl, path, receipt) {
  await page.goto(`${baseUrl}${path}`);
  await page.fill('input#receipt', receipt);
  return submitForm(page, 'form.mailbox-login button[type=submit]', path);
}
