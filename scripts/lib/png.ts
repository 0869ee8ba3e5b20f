import * as zlib from 'node:zlib';

/**
 * A minimal PNG encoder/decoder on top of node:zlib, so the app icons can be made and checked without
 * imagemagick or an image library. Only what the icons need: 8-bit RGB/RGBA, no interlacing.
 */

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), the checksum both PNG chunks and ZIP entries use. */
export function crc32(data: Uint8Array, seed = 0): number {
  let c = (seed ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels as an 8-bit RGBA PNG (colour type 6). Output is deterministic for the same pixels. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = COLOR_TYPE_RGBA;
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 0 on every row: simple, and zlib still shrinks flat icon areas to almost nothing.
    raw[y * (stride + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

/** Width, height, bit depth and colour type straight from the IHDR chunk, without decoding pixels. */
export function readPngHeader(png: Buffer): { width: number; height: number; bitDepth: number; colorType: number } {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file (bad signature)');
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG does not start with an IHDR chunk');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24]!, colorType: png[25]! };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Decodes an 8-bit RGB or RGBA, non-interlaced PNG into RGBA pixels, checking every chunk's CRC. */
export function decodePng(png: Buffer): DecodedPng {
  const header = readPngHeader(png);
  const { width, height, bitDepth, colorType } = header;
  if (bitDepth !== 8 || (colorType !== COLOR_TYPE_RGB && colorType !== COLOR_TYPE_RGBA)) {
    throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colorType} (only 8-bit RGB/RGBA)`);
  }
  if (png[28] !== 0) throw new Error('interlaced PNGs are not supported');
  const idat: Buffer[] = [];
  let offset = 8;
  let sawEnd = false;
  while (offset + 12 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const storedCrc = png.readUInt32BE(offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== storedCrc) throw new Error(`bad CRC in ${type} chunk`);
    if (type === 'IDAT') idat.push(data);
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
    offset += 12 + length;
  }
  if (!sawEnd) throw new Error('PNG has no IEND chunk');
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bpp = colorType === COLOR_TYPE_RGBA ? 4 : 3;
  const stride = width * bpp;
  if (raw.length !== (stride + 1) * height) throw new Error(`pixel data has ${raw.length} bytes, expected ${(stride + 1) * height}`);
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = out.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? out.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? cur[i - bpp]! : 0;
      const b = prev[i]!;
      const c = i >= bpp ? prev[i - bpp]! : 0;
      const x = line[i]!;
      switch (filter) {
        case 0: cur[i] = x; break;
        case 1: cur[i] = (x + a) & 0xff; break;
        case 2: cur[i] = (x + b) & 0xff; break;
        case 3: cur[i] = (x + ((a + b) >> 1)) & 0xff; break;
        case 4: cur[i] = (x + paeth(a, b, c)) & 0xff; break;
        default: throw new Error(`unknown PNG filter type ${filter} on row ${y}`);
      }
    }
  }
  if (bpp === 4) return { width, height, bitDepth, colorType, rgba: out };
  const rgba = Buffer.alloc(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    rgba[p * 4] = out[p * 3]!;
    rgba[p * 4 + 1] = out[p * 3 + 1]!;
    rgba[p * 4 + 2] = out[p * 3 + 2]!;
    rgba[p * 4 + 3] = 255;
  }
  return { width, height, bitDepth, colorType, rgba };
}
