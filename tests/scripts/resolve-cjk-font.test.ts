import { describe, expect, it } from 'vitest';
import { ensureCjkFont, type FontProbe } from '../../scripts/resolve-cjk-font';

interface Machine {
  families?: string[];
  apt?: boolean;
  aptAdds?: string[];
}

/** A fake machine, recording what ensureCjkFont did to it. */
function machine(spec: Machine) {
  let families = spec.families ?? [];
  const actions: string[] = [];
  const probe: FontProbe = {
    chineseFamilies: () => families,
    canInstallWithApt: () => spec.apt ?? false,
    installWithApt: (...names) => {
      actions.push(`apt-get install ${names.join(' ')}`);
      families = spec.aptAdds ?? [];
    },
    log: (message) => actions.push(`log: ${message}`),
  };
  return { probe, actions };
}

describe('ensureCjkFont(probe)', () => {
  it.each<[string, Machine]>([
    ['a machine that has one, without apt', { families: ['Noto Sans CJK SC'] }],
    ['a machine that has one, even where apt could install another', { families: ['WenQuanYi Zen Hei'], apt: true }],
  ])('uses the font of %s and installs nothing', (_case, spec) => {
    const { probe, actions } = machine(spec);
    expect(ensureCjkFont(probe)).toEqual(spec.families);
    expect(actions).toEqual([]);
  });

  it('installs Debian’s fonts-noto-cjk, with fontconfig to list it, when none is found, and says so', () => {
    const { probe, actions } = machine({ apt: true, aptAdds: ['Noto Sans CJK SC', 'Noto Serif CJK SC'] });
    expect(ensureCjkFont(probe)).toEqual(['Noto Sans CJK SC', 'Noto Serif CJK SC']);
    expect(actions).toEqual([
      'log: No font for Chinese found for the end-to-end tests: installing Debian\'s "fonts-noto-cjk" package with apt-get.',
      'apt-get install fonts-noto-cjk fontconfig',
    ]);
  });

  it('fails clearly when apt installed nothing fontconfig lists', () => {
    const { probe } = machine({ apt: true });
    expect(() => ensureCjkFont(probe)).toThrow('fontconfig lists no font for Chinese afterwards');
  });

  it('says exactly what to install when it cannot install anything', () => {
    const { probe, actions } = machine({});
    expect(() => ensureCjkFont(probe)).toThrow(/empty boxes.*apt-get install fonts-noto-cjk.*fc-list :lang=zh-cn/);
    expect(actions).toEqual([]);
  });
});
