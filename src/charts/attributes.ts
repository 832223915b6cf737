import { z } from 'astro/zod';
import { kebabId } from '../sources/source';

/** A comma-separated list of figure ids in a directive attribute: figures="a, b, c". */
export const figureList = z
  .string()
  .transform((text) => text.split(',').map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(kebabId).min(1, 'name at least one figure id'));

/** One figure id in a directive attribute. */
export const figureRef = z.string().trim().pipe(kebabId);

/** Free text for a label or annotation in a directive attribute. */
export const attributeText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
