import { describe, expect, it } from 'vitest';
import { resolveChromium, type ChromiumProbe } from '../../scripts/resolve-chromium';

interface Machine {
  env?: Record<string, string>;
  files?: string[];
  playwright?: string;
  onPath?: Record<string, string>;
  apt?: boolean;
  aptAdds?: Record<string, string>;
}

/** A fake machine, recording what resolveChromium did to it. */
function machine(spec: Machine) {
  const onPath = { ...spec.onPath };
  const actions: string[] = [];
  const probe: ChromiumProbe = {
    env: spec.env ?? {},
    playwrightChromium: () => spec.playwright,
    which: (command) => onPath[command],
    exists: (path) => (spec.files ?? []).includes(path),
    canInstallWithApt: () => spec.apt ?? false,
    installWithApt: (...names) => {
      actions.push(`apt-get install ${names.join(' ')}`);
      Object.assign(onPath, spec.aptAdds);
    },
    log: (message) => actions.push(`log: ${message}`),
  };
  return { probe, actions };
}

describe('resolveChromium(probe)', () => {
  it.each<[string, Machine, string]>([
    [
      'CHROMIUM_PATH first',
      {
        env: { CHROMIUM_PATH: '/opt/c/chrome' },
        files: ['/opt/c/chrome'],
        playwright: '/pw/chrome',
        onPath: { chromium: '/usr/bin/chromium' },
      },
      '/opt/c/chrome',
    ],
    ["Playwright's own next", { playwright: '/pw/chrome', onPath: { chromium: '/usr/bin/chromium' } }, '/pw/chrome'],
    [
      'system chromium next',
      { onPath: { chromium: '/usr/bin/chromium', 'google-chrome': '/usr/bin/google-chrome' } },
      '/usr/bin/chromium',
    ],
    [
      'chromium-browser (Ubuntu)',
      { onPath: { 'chromium-browser': '/usr/bin/chromium-browser' } },
      '/usr/bin/chromium-browser',
    ],
    ['google-chrome last', { onPath: { 'google-chrome': '/usr/bin/google-chrome' } }, '/usr/bin/google-chrome'],
  ])('prefers %s', (_case, spec, expected) => {
    const { probe, actions } = machine(spec);
    expect(resolveChromium(probe)).toBe(expected);
    expect(actions).toEqual([]);
  });

  it('refuses a CHROMIUM_PATH that points nowhere, rather than testing another browser', () => {
    const { probe } = machine({ env: { CHROMIUM_PATH: '/nope/chrome' }, onPath: { chromium: '/usr/bin/chromium' } });
    expect(() => resolveChromium(probe)).toThrow('CHROMIUM_PATH is set to /nope/chrome, but no file is there.');
  });

  it('installs Debian chromium with apt when none is found and says so', () => {
    const { probe, actions } = machine({ apt: true, aptAdds: { chromium: '/usr/bin/chromium' } });
    expect(resolveChromium(probe)).toBe('/usr/bin/chromium');
    expect(actions).toEqual([
      'log: No Chromium found for the end-to-end tests: installing Debian\'s "chromium" package with apt-get.',
      'apt-get install chromium',
    ]);
  });

  it('fails clearly when apt installed nothing usable', () => {
    const { probe } = machine({ apt: true });
    expect(() => resolveChromium(probe)).toThrow('no chromium command is on PATH afterwards');
  });

  it('says exactly what to install when it cannot install anything', () => {
    const { probe, actions } = machine({});
    expect(() => resolveChromium(probe)).toThrow(
      /apt-get install chromium.*npx playwright install chromium.*CHROMIUM_PATH/,
    );
    expect(actions).toEqual([]);
  });
});
