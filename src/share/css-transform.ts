/** A point in an element's own user units that a CSS transform turns around (its transform-origin). */
export interface Origin {
  x: number;
  y: number;
}

const FUNCTION = /([a-zA-Z]+)\(([^)]*)\)/g;

/** Reads a CSS length in px (or a bare number) as user units; anything else cannot be drawn statically. */
function px(value: string, where: string): number {
  const match = /^(-?\d*\.?\d+(?:e-?\d+)?)(px)?$/i.exec(value.trim());
  if (!match) throw new Error(`CSS transform ${where}: "${value}" is not a length in px`);
  return Number(match[1]);
}

/** Reads a unitless CSS number, such as a scale factor. */
function factor(value: string, where: string): number {
  const number = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(number))
    throw new Error(`CSS transform ${where}: "${value}" is not a number`);
  return number;
}

/** Rewrites a CSS transform (translate, translateX/Y, scale, scaleX/Y) as an SVG transform attribute, turning around `origin`. */
export function svgTransform(css: string, origin: Origin = { x: 0, y: 0 }): string {
  const parts: string[] = [];
  let rest = css;
  for (const [whole, name, rawArgs] of css.matchAll(FUNCTION)) {
    rest = rest.replace(whole, '');
    const args = rawArgs!.split(',');
    const where = `"${css}"`;
    if (name === 'translate')
      parts.push(`translate(${px(args[0]!, where)} ${args[1] === undefined ? 0 : px(args[1], where)})`);
    else if (name === 'translateX' && args.length === 1) parts.push(`translate(${px(args[0]!, where)} 0)`);
    else if (name === 'translateY' && args.length === 1) parts.push(`translate(0 ${px(args[0]!, where)})`);
    else if (name === 'scale') {
      const sx = factor(args[0]!, where);
      parts.push(`scale(${sx} ${args[1] === undefined ? sx : factor(args[1], where)})`);
    } else if (name === 'scaleX' && args.length === 1) parts.push(`scale(${factor(args[0]!, where)} 1)`);
    else if (name === 'scaleY' && args.length === 1) parts.push(`scale(1 ${factor(args[0]!, where)})`);
    else
      throw new Error(`CSS transform ${where}: ${name}() with ${args.length} argument(s) has no static SVG form here`);
  }
  if (rest.trim() !== '' && rest.trim() !== 'none')
    throw new Error(`CSS transform "${css}": cannot read "${rest.trim()}"`);
  if (parts.length === 0) return '';
  // CSS turns around transform-origin; SVG's attribute turns around 0,0, so move there and back.
  if (origin.x === 0 && origin.y === 0) return parts.join(' ');
  return [`translate(${origin.x} ${origin.y})`, ...parts, `translate(${-origin.x} ${-origin.y})`].join(' ');
}
