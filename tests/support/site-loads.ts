import postcss from 'postcss';

// An address resolved against this base keeps its origin only if it pointed at the site itself.
const SITE = 'https://site.invalid';

/** True for an address that loads from the site itself, or is embedded in the page (data:). */
export function fromSite(address: string): boolean {
  return address.startsWith('data:') || new URL(address, `${SITE}/`).origin === SITE;
}

/** The url(…) addresses in a CSS value, unquoted. */
function cssUrls(value: string): string[] {
  return [...value.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2]!.trim());
}

/** What a stylesheet makes the browser fetch before any rule applies: its @font-face sources and @import addresses. */
export function cssLoads(css: string): string[] {
  const loads: string[] = [];
  const root = postcss.parse(css);
  root.walkAtRules('font-face', (rule) => rule.walkDecls('src', (decl) => void loads.push(...cssUrls(decl.value))));
  root.walkAtRules('import', (rule) => {
    const address = cssUrls(rule.params)[0] ?? /^(['"])(.*?)\1/.exec(rule.params.trim())?.[2];
    if (address) loads.push(address);
  });
  return loads;
}
