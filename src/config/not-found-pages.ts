/**
 * Puts each edition's not-found page where static hosts look for one. Astro writes the root's src/pages/404.astro as
 * 404.html, but the Chinese edition's src/pages/zh/404.astro as zh/404/index.html; hosts that serve the nearest
 * 404.html up the path (Cloudflare Pages, GitHub Pages for a folder site, nginx with a try_files rule) need zh/404.html.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editionPath, LANGS } from '../lib/editions';

/** Moves `<edition>/404/index.html` to `<edition>/404.html` in the built site `dir`, for every edition but the root's. */
export function moveNotFoundPages(dir: string): string[] {
  const moved: string[] = [];
  for (const lang of LANGS.filter((edition) => editionPath('/', edition) !== '/')) {
    const folder = join(dir, editionPath('/404/', lang));
    const page = join(folder, 'index.html');
    if (!existsSync(page)) throw new Error(`not-found-pages: the build has no ${page} to move`);
    const target = join(dir, editionPath('/404.html', lang));
    renameSync(page, target);
    rmdirSync(folder);
    moved.push(target);
  }
  return moved;
}

/** The integration: after the build, moves each edition's not-found page into place (see moveNotFoundPages). */
export function notFoundPages(): AstroIntegration {
  return {
    name: 'not-found-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const page of moveNotFoundPages(fileURLToPath(dir))) logger.info(`moved a not-found page to ${page}`);
      },
    },
  };
}
