import { createHash } from 'node:crypto';
import { editionOutline, editionProblems } from './editions';
import { frontmatterProblems, translationFrontmatter } from './frontmatter';

/** A story file as read: where it is, its whole text, and its frontmatter and body split (as splitStory does). */
export interface ReadStory {
  file: string;
  raw: string;
  split: {
    frontmatter: Record<string, unknown>;
    body: string;
    lineOffset: number;
    line(path: readonly PropertyKey[]): number;
  };
}

/** The first 12 hex digits of the SHA-256 of a story file's text: what a translation records of the file it follows. */
export function storyHash(raw: string): string {
  return createHash('sha256').update(raw).digest('hex').slice(0, 12);
}

/**
 * Checks a story's Chinese edition against the English story it translates: its frontmatter, and that both share every
 * section, step, data attribute and cited figure (see editionProblems). A translation recorded against another version
 * of the English file is not a mistake but is reported, so the editions cannot drift apart unnoticed.
 */
export function checkTranslation(
  translation: ReadStory,
  original: ReadStory,
): { problems: string[]; warnings: string[] } {
  const fields = frontmatterProblems(translationFrontmatter, translation.split, translation.file);
  // Only a hash the schema accepted is compared.
  const recorded = fields.length === 0 ? String(translation.split.frontmatter.source_hash) : undefined;
  const problems = [
    ...fields,
    ...editionProblems(
      editionOutline(original.split.body, original.file, original.split.lineOffset),
      editionOutline(translation.split.body, translation.file, translation.split.lineOffset),
    ),
  ];
  const warnings: string[] = [];
  const current = storyHash(original.raw);
  if (recorded && recorded !== current)
    warnings.push(
      `${translation.file}:${translation.split.line(['source_hash'])}: translated from another version of ${original.file} (source_hash ${recorded}, the file is now ${current}): bring the translation up to date with the English edits, then record source_hash: ${current}`,
    );
  return { problems, warnings };
}
