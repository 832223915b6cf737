/**
 * `npm run shots`: builds the site, serves it, and screenshots every step of every story, in English and in Chinese, at
 * each width and colour scheme into shots/ (or SHOTS_DIR), with shots/index.html to review them all at a glance.
 * `--no-build` reuses dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { machineProbe } from './machine-probe.ts';
import { startPreview } from './preview-server.ts';
import { CHROMIUM_ARGS, resolveChromium } from './resolve-chromium.ts';
import { ensureCjkFont } from './resolve-cjk-font.ts';
import { SHOT_SCHEMES, SHOT_WIDTHS, contactSheet, shotFile, type Shot } from './shots/sheet.ts';

const OUT = process.env.SHOTS_DIR ?? 'shots';
// Phones are tall; a tablet and a laptop get their usual shapes.
const HEIGHT: Record<number, number> = { 360: 740, 390: 844, 768: 1024, 1280: 800 };

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['astro', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Every story in both editions; the Chinese one's shots go under zh/<story>.
const stories = readdirSync('dist/stories', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join('dist/stories', entry.name, 'index.html')))
  .flatMap((entry) => [
    { name: entry.name, path: `/stories/${entry.name}/` },
    { name: `zh/${entry.name}`, path: `/zh/stories/${entry.name}/` },
  ]);

rmSync(OUT, { recursive: true, force: true });
const server = await startPreview();
const executablePath = resolveChromium(machineProbe);
// The shots are for reviewing what readers see, Chinese quotes included.
ensureCjkFont(machineProbe);
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
const shots: Shot[] = [];
try {
  for (const { name: story, path } of stories) {
    for (const width of SHOT_WIDTHS) {
      for (const scheme of SHOT_SCHEMES) {
        // Reduced motion puts each chart straight into its step's state, so a shot never catches a transition.
        const context = await browser.newContext({
          viewport: { width, height: HEIGHT[width]! },
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        const steps = await page
          .locator('[data-step]')
          .evaluateAll((elements) => elements.map((element) => element.id));
        for (const [index, step] of steps.entries()) {
          await page.evaluate((id) => {
            const element = document.getElementById(id)!;
            window.scrollBy(0, element.getBoundingClientRect().top - window.innerHeight * 0.45);
          }, step);
          await page
            .locator(`[data-scrolly]:has([id="${step}"]) .scrolly-graphic figure.chart`)
            .and(page.locator(`[data-chart-step="${step}"]`))
            .waitFor();
          const file = shotFile(story, width, scheme, index, step);
          mkdirSync(dirname(join(OUT, file)), { recursive: true });
          await page.screenshot({ path: join(OUT, file) });
          shots.push({ story, step, index, width, scheme, file });
        }
        await context.close();
      }
    }
    console.log(`${story}: ${shots.filter((shot) => shot.story === story).length} screenshots`);
  }
  writeFileSync(join(OUT, 'index.html'), contactSheet(shots, 'Every step of every story'));
  console.log(`${shots.length} screenshots in ${OUT}/; open ${OUT}/index.html to review them.`);
} finally {
  await browser.close();
  await server.stop();
}
