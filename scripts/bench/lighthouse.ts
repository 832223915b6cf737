import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../resolve-chromium.ts';
import { LIGHTHOUSE_CATEGORIES, summarizeRun, type LighthouseRun } from './lighthouse-summary.ts';

/** One Lighthouse run's summary, the version that ran it, and its runtime error if it had one. */
export interface LighthouseOutcome {
  run: LighthouseRun;
  version: string;
  error: string | null;
}

/** Starts the Chromium at `chromePath` headless for Lighthouse; the caller kills it. Ctrl-C is left to the caller. */
export function launchChrome(chromePath: string): Promise<LaunchedChrome> {
  return launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    handleSIGINT: false,
    logLevel: 'silent',
  });
}

/** Runs Lighthouse once on `url` in the Chromium listening on `port`: default mobile emulation, simulated throttling. */
export async function runLighthouse(port: number, url: string): Promise<LighthouseOutcome> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: LIGHTHOUSE_CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  return {
    run: summarizeRun(lhr),
    version: lhr.lighthouseVersion,
    error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
  };
}
