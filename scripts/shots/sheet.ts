/** The screen widths, in CSS px, every step is shot at: small and common phones, a tablet, a laptop. */
export const SHOT_WIDTHS = [360, 390, 768, 1280] as const;

/** The colour schemes every step is shot in. */
export const SHOT_SCHEMES = ['light', 'dark'] as const;

/** One screenshot: which story, step, width and scheme, and its file relative to the shots folder. */
export interface Shot {
  story: string;
  step: string;
  index: number;
  width: number;
  scheme: (typeof SHOT_SCHEMES)[number];
  file: string;
}

/** Where a step's screenshot goes: `<story>/<width>-<scheme>/<NN>-<step>.png`, numbered so files sort in story order. */
export function shotFile(story: string, width: number, scheme: string, index: number, step: string): string {
  return `${story}/${width}-${scheme}/${String(index + 1).padStart(2, '0')}-${step}.png`;
}

/** Escapes text for HTML. */
function escape(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
}

/** A contact sheet: one section per story, one row per width and scheme, each step a thumbnail linking to its full shot. */
export function contactSheet(shots: readonly Shot[], title: string): string {
  const stories = [...new Set(shots.map((shot) => shot.story))];
  const sections = stories.map((story) => {
    const ofStory = shots.filter((shot) => shot.story === story);
    const rows = [...new Set(ofStory.map((shot) => `${shot.width}-${shot.scheme}`))].map((row) => {
      const cells = ofStory
        .filter((shot) => `${shot.width}-${shot.scheme}` === row)
        .sort((a, b) => a.index - b.index)
        .map(
          (shot) =>
            `<a href="${escape(shot.file)}"><img src="${escape(shot.file)}" alt="${escape(`${shot.step}, ${row}`)}" loading="lazy"><span>${shot.index + 1}. ${escape(shot.step)}</span></a>`,
        )
        .join('');
      return `<h3>${escape(row)}</h3><div class="row">${cells}</div>`;
    });
    return `<section><h2>${escape(story)}</h2>${rows.join('')}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>
body{font-family:system-ui,sans-serif;margin:1rem}.row{display:flex;gap:.5rem;overflow-x:auto;padding-bottom:.5rem}
.row a{flex:none;width:160px;font-size:12px;color:inherit;text-decoration:none}.row img{width:160px;border:1px solid #ccc;display:block}
</style></head><body><h1>${escape(title)}</h1><p>${shots.length} screenshots.</p>${sections.join('')}</body></html>\n`;
}
