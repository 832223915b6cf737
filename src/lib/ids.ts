import { z } from 'astro/zod';

/** A kebab-case identifier, the form every id on this site takes. */
export const kebabId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lowercase letters and digits joined by hyphens, e.g. "energy-corridors"',
  );
