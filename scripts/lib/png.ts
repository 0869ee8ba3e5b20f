import { PNG } from 'pngjs';

/**
 * PNG encoding and decoding for the app icons, on pngjs: the icons are drawn as RGBA pixels
 * (scripts/lib/icons.ts) and checked on decoded pixels (checkIcons), whatever PNG flavour a designer saves.
 */

export const COLOR_TYPE_RGB = 2;
export const COLOR_TYPE_RGBA = 6;

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row, R G B A. */
  rgba: Uint8Array;
}

export interface DecodedPng extends RgbaImage {
  bitDepth: number;
  colorType: number;
  /** Whether the file itself carries an alpha channel (colour type 4 or 6), not just opaque pixels. */
  alpha: boolean;
}

/**
 * Encodes RGBA pixels as an 8-bit RGBA PNG (colour type 6). Filter 0 on every row and fixed deflate settings
 * keep the output the same for the same pixels. The default strategy, not pngjs's default run-length one,
 * which makes the colour icon twenty times bigger (38 KB instead of under 2 KB).
 */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const png = new PNG({ width, height });
  png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  return PNG.sync.write(png, { colorType: COLOR_TYPE_RGBA, inputColorType: COLOR_TYPE_RGBA, bitDepth: 8, filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}

/** Decodes any PNG into 8-bit RGBA pixels; pngjs checks the signature, every chunk's CRC and the data length. */
export function decodePng(png: Buffer): DecodedPng {
  const img = PNG.sync.read(png);
  return { width: img.width, height: img.height, bitDepth: img.depth, colorType: img.colorType, alpha: img.alpha, rgba: img.data };
}
