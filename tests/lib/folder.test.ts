import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFolder } from '../../src/lib/folder';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('folder');

describe('listFolder(dir, extension, what, allowed)', () => {
  it('lists the files with the extension in name order, leaving hidden files and allowed names alone', () => {
    const dir = scratch({ 'b.yaml': '', 'a.yaml': '', '.DS_Store': '', 'README.md': '', '.b.yaml.swp': '' });
    expect(listFolder(dir, '.yaml', 'figure files', ['README.md'])).toEqual({
      names: ['a.yaml', 'b.yaml'],
      problems: [],
    });
  });

  it.each([
    [
      'a .yml file',
      { 'extra.yml': '' },
      'extra.yml: not read: figure files end in .yaml; rename it extra.yaml, or move it out of the folder',
    ],
    [
      'a README where none is allowed',
      { 'README.md': '' },
      'README.md: not read: figure files end in .yaml; rename it README.yaml',
    ],
    ['a file without an extension', { notes: '' }, 'notes: not read: figure files end in .yaml; rename it notes.yaml'],
  ])('reports %s instead of skipping it', (_case, files, problem) => {
    const { names, problems } = listFolder(scratch(files), '.yaml', 'figure files');
    expect(names).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('reports a subfolder, whatever it holds', () => {
    const dir = scratch({ 'a.md': '' });
    mkdirSync(join(dir, 'drafts'));
    expect(listFolder(dir, '.md', 'stories')).toEqual({
      names: ['a.md'],
      problems: [
        expect.stringMatching(
          /drafts\/: a folder is not read: stories are the \.md files directly in its parent folder; move its files up, or the folder out$/,
        ),
      ],
    });
  });
});
