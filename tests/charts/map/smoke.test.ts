import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { defaultGeometry } from '../../../src/charts/map/map';
it('smoke', () => {
  const g = defaultGeometry();
  const im = g.base.provinces.find((p) => p.id === 'inner-mongolia')!.d;
  writeFileSync('/tmp/im.svg', `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 444" width="1200"><path d="${im}" fill="red" fill-opacity="0.5" stroke="black" stroke-width="0.3"/></svg>`);
  console.log(im.length, (im.match(/M/g) || []).length);
});
