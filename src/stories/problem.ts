/** The id of the one entry the stories loader leaves in the dev server when a sync fails, carrying its message. */
export const PROBLEM_ENTRY = '!stories-loader-problem';

/** The loader's failure message an entry carries, if it is the problem entry. */
export function entryProblem(entry: {
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}): string | undefined {
  const problem = entry.rendered?.metadata?.problem;
  return typeof problem === 'string' ? problem : undefined;
}

/** The stories loader's last failure, thrown where a page reads the stories; its message names file and line. */
export class StoriesLoaderError extends Error {
  override name = 'StoriesLoaderError';
}
