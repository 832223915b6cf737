import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const shots = JSON.parse(process.argv[2]);
for (const [scheme, path, name, w, full] of shots) {
  const page = await browser.newPage({ viewport: { width: w, height: 844 }, deviceScaleFactor: 1, colorScheme: scheme });
  page.on('console', m => console.log('console', m.type(), m.text()));
  await page.goto('http://127.0.0.1:4400' + path);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: full });
}
await browser.close();
