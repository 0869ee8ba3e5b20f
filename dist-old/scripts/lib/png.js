"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COLOR_TYPE_RGBA = exports.COLOR_TYPE_RGB = void 0;
exports.encodePng = encodePng;
exports.decodePng = decodePng;
const pngjs_1 = require("pngjs");
/**
 * PNG encoding and decoding for the app icons, on pngjs: the icons are drawn as RGBA pixels
 * (scripts/lib/icons.ts) and checked on decoded pixels (checkIcons), whatever PNG flavour a designer saves.
 */
exports.COLOR_TYPE_RGB = 2;
exports.COLOR_TYPE_RGBA = 6;
/**
 * Encodes RGBA pixels as an 8-bit RGBA PNG (colour type 6). Filter 0 on every row and fixed deflate settings
 * keep the output the same for the same pixels. The default strategy, not pngjs's default run-length one,
 * which makes the colour icon twenty times bigger (38 KB instead of under 2 KB).
 */
function encodePng(image) {
    const { width, height, rgba } = image;
    if (rgba.length !== width * height * 4)
        throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
    const png = new pngjs_1.PNG({ width, height });
    png.data = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
    return pngjs_1.PNG.sync.write(png, { colorType: exports.COLOR_TYPE_RGBA, inputColorType: exports.COLOR_TYPE_RGBA, bitDepth: 8, filterType: 0, deflateLevel: 9, deflateStrategy: 0 });
}
/** Decodes any PNG into 8-bit RGBA pixels; pngjs checks the signature, every chunk's CRC and the data length. */
function decodePng(png) {
    const img = pngjs_1.PNG.sync.read(png);
    return { width: img.width, height: img.height, bitDepth: img.depth, colorType: img.colorType, alpha: img.alpha, rgba: img.data };
}
//# sourceMappingURL=png.js.map