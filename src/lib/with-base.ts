/** Prefixes a site-absolute path with the configured base path, so links work under any deploy path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** The absolute URL of a site-absolute path on origin `site` under the base path, for documents read off the site. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
  return new URL(withBase(path, base), site).href;
}
