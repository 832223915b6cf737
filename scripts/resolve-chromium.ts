/** What resolveChromium may ask of the machine; injected so every branch can be tested. */
export interface ChromiumProbe {
  env: Record<string, string | undefined>;
  /** Playwright's own downloaded Chromium, if that file exists. */
  playwrightChromium(): string | undefined;
  /** The absolute path of a command on PATH, if there is one. */
  which(command: string): string | undefined;
  exists(path: string): boolean;
  /** True on Debian or Ubuntu when running as root with apt-get available. */
  canInstallWithApt(): boolean;
  /** Installs Debian packages; throws if apt-get fails. */
  installWithApt(...names: string[]): void;
  log(message: string): void;
}

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Finds the Chromium the e2e tests drive: CHROMIUM_PATH, Playwright's own, a system one, or Debian's installed now. */
export function resolveChromium(probe: ChromiumProbe): string {
  const fromEnv = probe.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!probe.exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const own = probe.playwrightChromium();
  if (own) return own;
  const system = findSystemBrowser(probe);
  if (system) return system;
  if (probe.canInstallWithApt()) {
    probe.log('No Chromium found for the end-to-end tests: installing Debian\'s "chromium" package with apt-get.');
    probe.installWithApt('chromium');
    const installed = findSystemBrowser(probe);
    if (installed) return installed;
    throw new Error('apt-get installed "chromium", but no chromium command is on PATH afterwards.');
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one of: Debian/Ubuntu `sudo apt-get install chromium`; ' +
      "Playwright's own `npx playwright install chromium`; or Google Chrome. " +
      'Or set CHROMIUM_PATH=/path/to/chromium.',
  );
}

function findSystemBrowser(probe: ChromiumProbe): string | undefined {
  for (const command of SYSTEM_BROWSERS) {
    const path = probe.which(command);
    if (path) return path;
  }
  return undefined;
}

/** Flags for a sandboxed machine with no network: no background calls home, no GPU, root without a sandbox. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
