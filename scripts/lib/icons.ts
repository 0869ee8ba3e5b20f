import { RgbaImage, encodePng } from './png';

/**
 * The app icons, drawn by code so anyone can regenerate them: three people side by side (the
 * cross-service team around a child), white on a calm municipal blue. Shapes are signed-distance
 * functions on a unit square, rendered with 4×4 supersampling so edges are smooth at 32 px too.
 */

export const ICON_BLUE = { r: 0x1f, g: 0x5a, b: 0x96 } as const;
/** The manifest's accentColor: the same blue as the icon background. */
export const ACCENT_COLOR = '#1F5A96';

type Sdf = (x: number, y: number) => number;

const circle = (cx: number, cy: number, r: number): Sdf => (x, y) => Math.hypot(x - cx, y - cy) - r;

/** A person: round head above a half-disc of shoulders. Negative inside. */
function person(cx: number, top: number, size: number): Sdf {
  const head = circle(cx, top + size * 0.2, size * 0.2);
  const shoulderLine = top + size * 0.98;
  const shoulders = circle(cx, shoulderLine, size * 0.46);
  const body: Sdf = (x, y) => Math.max(shoulders(x, y), y - shoulderLine);
  return (x, y) => Math.min(head(x, y), body(x, y));
}

/**
 * The mark inside a box [x0, x0+w]²: a taller person in front, two behind. The people behind are cut
 * away around the front one (gap) so the three read as separate figures even as a flat silhouette.
 */
function teamMark(x0: number, y0: number, w: number, gap: number): Sdf {
  const front = person(x0 + w * 0.5, y0 + w * 0.12, w * 0.62);
  const left = person(x0 + w * 0.2, y0 + w * 0.2, w * 0.5);
  const right = person(x0 + w * 0.8, y0 + w * 0.2, w * 0.5);
  return (x, y) => {
    const f = front(x, y);
    if (f < 0) return f;
    const back = Math.min(left(x, y), right(x, y));
    // Inside a back figure but too close to the front one: leave the gap empty.
    return Math.max(back, gap - f);
  };
}

const SAMPLES = 4;

/** Fraction (0..1) of a pixel covered by the shape. */
function coverage(shape: Sdf, px: number, py: number, size: number): number {
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / size;
      const y = (py + (sy + 0.5) / SAMPLES) / size;
      if (shape(x, y) < 0) inside++;
    }
  }
  return inside / (SAMPLES * SAMPLES);
}

/**
 * 192×192 full-colour icon: solid blue square (Teams rounds the corners itself), white mark in the
 * middle with generous padding so it survives the rounding and small sizes.
 */
export function renderColorIcon(size = 192): RgbaImage {
  const mark = teamMark(0.18, 0.2, 0.64, 0.035);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = coverage(mark, x, y, size);
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(ICON_BLUE.r + (255 - ICON_BLUE.r) * a);
      rgba[i + 1] = Math.round(ICON_BLUE.g + (255 - ICON_BLUE.g) * a);
      rgba[i + 2] = Math.round(ICON_BLUE.b + (255 - ICON_BLUE.b) * a);
      rgba[i + 3] = 255;
    }
  }
  return { width: size, height: size, rgba };
}

/**
 * 32×32 outline icon: white only, transparent elsewhere (Teams tints it). Edge smoothing is done
 * with alpha alone so every visible pixel stays pure white.
 */
export function renderOutlineIcon(size = 32): RgbaImage {
  const mark = teamMark(0.06, 0.1, 0.88, 0.06);
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const a = Math.round(coverage(mark, x, y, size) * 255);
      const i = (y * size + x) * 4;
      if (a === 0) continue; // fully transparent: all four bytes stay 0
      rgba[i] = 255;
      rgba[i + 1] = 255;
      rgba[i + 2] = 255;
      rgba[i + 3] = a;
    }
  }
  return { width: size, height: size, rgba };
}

export function renderIconFiles(): { 'color.png': Buffer; 'outline.png': Buffer } {
  return { 'color.png': encodePng(renderColorIcon()), 'outline.png': encodePng(renderOutlineIcon()) };
}
