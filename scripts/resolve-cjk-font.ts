/** What ensureCjkFont may ask of the machine; injected so every branch can be tested. */
export interface FontProbe {
  /** The families fontconfig says cover Simplified Chinese (`fc-list :lang=zh-cn family`); none when it has none. */
  chineseFamilies(): string[];
  /** True on Debian or Ubuntu when running as root with apt-get available. */
  canInstallWithApt(): boolean;
  /** Installs Debian packages; throws if apt-get fails. */
  installWithApt(...names: string[]): void;
  log(message: string): void;
}

/** Debian's package of Noto Sans and Serif CJK, the fonts Android phones draw Chinese with. */
const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/**
 * Makes sure the browser the tests drive can draw Chinese: a fresh Debian machine has no CJK font, and every Chinese
 * quote would be empty boxes in screenshots and glyph checks. Installs Debian's package when it can; otherwise says what
 * to install. Returns the families that cover Chinese.
 */
export function ensureCjkFont(probe: FontProbe): string[] {
  const families = probe.chineseFamilies();
  if (families.length > 0) return families;
  if (probe.canInstallWithApt()) {
    probe.log(
      `No font for Chinese found for the end-to-end tests: installing Debian's "${CJK_FONT_PACKAGE}" package with apt-get.`,
    );
    // fontconfig's own tools list what it finds; a machine with only its library has no fc-list to ask.
    probe.installWithApt(CJK_FONT_PACKAGE, 'fontconfig');
    const installed = probe.chineseFamilies();
    if (installed.length > 0) return installed;
    throw new Error(`apt-get installed "${CJK_FONT_PACKAGE}", but fontconfig lists no font for Chinese afterwards.`);
  }
  throw new Error(
    'No font for Chinese: the tests would see every Chinese quote as empty boxes. Install one: Debian/Ubuntu ' +
      `\`sudo apt-get install ${CJK_FONT_PACKAGE}\`, or any font covering Simplified Chinese that fontconfig lists ` +
      '(`fc-list :lang=zh-cn`).',
  );
}
