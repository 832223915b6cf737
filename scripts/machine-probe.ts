import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { ChromiumProbe } from './resolve-chromium';
import type { FontProbe } from './resolve-cjk-font';

/** The real machine, as resolveChromium and ensureCjkFont see it. */
export const machineProbe: ChromiumProbe & FontProbe = {
  env: process.env,
  playwrightChromium() {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  },
  which(command) {
    const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
    const path = result.stdout.trim();
    return result.status === 0 && path.startsWith('/') ? path : undefined;
  },
  exists: existsSync,
  canInstallWithApt() {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
    const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease) && this.which('apt-get') !== undefined;
  },
  installWithApt(...names) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...names], { stdio: 'inherit', env });
  },
  chineseFamilies() {
    const result = spawnSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' });
    if (result.status !== 0) return [];
    return [
      ...new Set(
        result.stdout
          .split('\n')
          .flatMap((line) => line.split(','))
          .map((name) => name.trim()),
      ),
    ].filter(Boolean);
  },
  log: (message) => console.log(message),
};
