/**
 * The build's environment variables, read and checked in one place: SITE_ORIGIN, BASE_PATH and OUT_DIR. A bad value
 * stops `astro build`, `astro dev` and `astro preview` while the config loads, before anything is written, with the
 * variable, its value, what is wrong and what to write instead.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The file every build of this site writes at the top of its output folder, listing what it wrote. */
export const BUILD_MARKER = '.nmg-figures-build.json';

/** What the marker says: whose build it is, and every file and folder the build wrote (paths with "/"). */
interface Marker {
  site: string;
  entries: string[];
}

const SITE_ID = 'nmg-figures';

/** Folders of the project that no build may write into or replace: the sources, the tooling, the history. */
const PROJECT_FOLDERS = ['src', 'stories', 'data', 'public', 'tests', 'scripts', 'node_modules', '.git'];

/** The values the config uses when a variable is not set. */
const DEFAULTS = { SITE_ORIGIN: 'http://localhost:4321', BASE_PATH: '/', OUT_DIR: './dist' } as const;

type Name = keyof typeof DEFAULTS;

/** The checked environment: the site's origin, its base path, and the output folder as an absolute path. */
export interface BuildEnv {
  site: string;
  base: string;
  outDir: string;
}

/** An error that names the variable and its value, then says what is wrong and what to write instead. */
function refuse(name: Name, value: string, why: string): Error {
  return new Error(`${name}=${JSON.stringify(value)}: ${why}`);
}

/** The value of `name` in `env`, or its default; refuses a value that is empty or has white space around it. */
function valueOf(env: Record<string, string | undefined>, name: Name): string {
  const value = env[name];
  if (value === undefined) return DEFAULTS[name];
  if (value.trim() === '')
    throw refuse(name, value, `is set but empty; unset it for the default ${DEFAULTS[name]}, or give a value`);
  if (value.trim() !== value)
    throw refuse(name, value, `has white space at its start or end; write ${name}=${value.trim()}`);
  return value;
}

/**
 * SITE_ORIGIN: an absolute http(s) origin, nothing more. A path is refused rather than honoured: the site's paths
 * come from BASE_PATH alone, so one setting says where the site lives and canonical URLs cannot disagree with links.
 */
export function siteOrigin(value: string): string {
  const example = 'for example SITE_ORIGIN=https://example.org';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('SITE_ORIGIN', value, `is not an absolute URL; write the site's origin, ${example}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw refuse('SITE_ORIGIN', value, `must start with https:// or http://, ${example}`);
  if (url.username || url.password)
    throw refuse('SITE_ORIGIN', value, `must not hold a user name or password; write ${url.protocol}//${url.host}`);
  if (url.search || url.hash || value.endsWith('?') || value.endsWith('#'))
    throw refuse('SITE_ORIGIN', value, `must not hold a query or fragment; write SITE_ORIGIN=${url.origin}`);
  if (url.pathname !== '/') {
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    throw refuse(
      'SITE_ORIGIN',
      value,
      `holds a path (${url.pathname}), and the site's path comes from BASE_PATH alone; write SITE_ORIGIN=${url.origin} BASE_PATH=${path}`,
    );
  }
  return url.origin;
}

/** BASE_PATH: the path the site is served under, "/" or slash-separated segments between a leading and a trailing "/". */
export function basePath(value: string): string {
  const example = 'for example BASE_PATH=/inner-mongolia/';
  if (!value.startsWith('/') || !value.endsWith('/'))
    throw refuse('BASE_PATH', value, `must start and end with "/", ${example}`);
  const segments = value.slice(1, -1).split('/');
  if (value !== '/' && segments.some((segment) => segment === '' || segment === '.' || segment === '..'))
    throw refuse('BASE_PATH', value, `has an empty, "." or ".." segment; ${example}`);
  // Letters, digits and - . _ ~ need no escaping in a URL, so links, canonical URLs and file names all agree.
  if (value !== '/' && !segments.every((segment) => /^[A-Za-z0-9._~-]+$/.test(segment)))
    throw refuse(
      'BASE_PATH',
      value,
      `may hold only letters, digits, "-", ".", "_" and "~" between slashes; ${example}`,
    );
  return value;
}

/** `path` with symbolic links resolved as far as the path exists, so a link cannot hide where it points. */
function realPath(path: string): string {
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  return join(realpathSync(existing), relative(existing, path));
}

/** Whether `path` is `folder` or inside it. */
function isWithin(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!isAbsolute(rest) && rest !== '..' && !rest.startsWith(`..${sep}`));
}

/** The marker of the build in `folder`, or undefined if there is none or it is not this site's. */
function readMarker(folder: string): Marker | undefined {
  const file = join(folder, BUILD_MARKER);
  if (!existsSync(file)) return undefined;
  try {
    const marker = JSON.parse(readFileSync(file, 'utf8')) as Partial<Marker>;
    if (marker.site === SITE_ID && Array.isArray(marker.entries)) return marker as Marker;
  } catch {
    // An unreadable marker recognises nothing; the caller refuses the folder.
  }
  return undefined;
}

/**
 * Every file and folder inside `folder`, as paths relative to it with "/", sorted. A symbolic link is an entry of its
 * own, never followed (readdirSync's recursive mode follows links, into node_modules or round a loop).
 */
export function entriesOf(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? [path, ...entriesOf(folder, path)] : [path];
    })
    .sort();
}

/** The marker's text for a build whose folder holds `entries`. */
export function markerText(entries: string[]): string {
  const marker: Marker = { site: SITE_ID, entries: entries.filter((entry) => entry !== BUILD_MARKER) };
  return `${JSON.stringify(marker, null, 1)}\n`;
}

/** Up to five of `names`, and how many there are in all. */
function some(names: string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/**
 * Why a build may not replace `folder` (absolute), or undefined if it may: it must be new, empty, or a previous build of
 * this site holding nothing the build did not write, and must be neither the project `root`, nor hold it, nor lie in
 * the project's own folders.
 */
export function outDirProblem(folder: string, root: string): string | undefined {
  const real = realPath(folder);
  const realRoot = realPath(root);
  if (isWithin(root, folder) || isWithin(realRoot, real))
    return `is the project's own folder or holds it (${root}); build into a folder of its own, such as ./dist`;
  for (const name of PROJECT_FOLDERS) {
    const inside = [join(root, name), realPath(join(root, name))].some(
      (source) => isWithin(folder, source) || isWithin(real, source),
    );
    if (inside) return `is the project's own ${name}/ or inside it, which a build must never replace; use ./dist`;
  }
  if (!existsSync(real)) return undefined;
  if (!statSync(real).isDirectory()) return 'is a file, not a folder; name a new or empty folder';
  const entries = entriesOf(real);
  if (entries.length === 0) return undefined;
  const marker = readMarker(real);
  if (!marker)
    return `holds files (${some(entries.filter((entry) => !entry.includes('/')))}) and is not a previous build of this site (it has no ${BUILD_MARKER}); name a new or empty folder, or delete this one yourself if it is an old build`;
  const ours = new Set([...marker.entries, BUILD_MARKER]);
  const foreign = entries.filter((entry) => !ours.has(entry));
  if (foreign.length > 0)
    return `is a previous build of this site, but holds files that build did not write (${some(foreign)}); move them out, or name another folder`;
  return undefined;
}

/** OUT_DIR: the output folder, resolved against the project `root`, and checked as `outDirProblem` says. */
export function outDir(value: string, root: string): string {
  const folder = resolve(root, value);
  const problem = outDirProblem(folder, root);
  if (problem) throw refuse('OUT_DIR', value, problem);
  return folder;
}

/** Reads and checks SITE_ORIGIN, BASE_PATH and OUT_DIR from `env` for the project at `root`. */
export function readBuildEnv(env: Record<string, string | undefined>, root: string): BuildEnv {
  return {
    site: siteOrigin(valueOf(env, 'SITE_ORIGIN')),
    base: basePath(valueOf(env, 'BASE_PATH')),
    outDir: outDir(valueOf(env, 'OUT_DIR'), root),
  };
}
