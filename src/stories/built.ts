import type { BuiltStory } from './build';

/** The built story an entry of the stories collection carries; the loader puts it there, once per build. */
export function builtStory(entry: {
  id: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}): BuiltStory {
  const story = entry.rendered?.metadata?.story;
  if (!story) throw new Error(`story "${entry.id}" was not built by the stories loader`);
  return story as BuiltStory;
}
