"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createZip = createZip;
exports.readZip = readZip;
const node_zlib_1 = require("node:zlib");
const fflate_1 = require("fflate");
/**
 * A ZIP of the entries in their order. Each is deflated when that makes it smaller and stored otherwise
 * (already-compressed PNGs often don't shrink). The fixed timestamp keeps the package byte-identical between
 * builds; fflate writes it as local wall time, so it is built from local fields to read 2026-01-01 00:00
 * in every time zone.
 */
function createZip(entries, modified = new Date(2026, 0, 1)) {
    const files = {};
    for (const entry of entries) {
        if (Object.hasOwn(files, entry.name))
            throw new Error(`duplicate zip entry ${entry.name}`);
        const data = new Uint8Array(entry.data);
        const level = (0, fflate_1.deflateSync)(data, { level: 9 }).length < data.length ? 9 : 0;
        files[entry.name] = [data, { level, mtime: modified }];
    }
    return Buffer.from((0, fflate_1.zipSync)(files));
}
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
/**
 * Every entry, read back with fflate and checked against the CRC-32 and size the central directory records:
 * fflate inflates without checking them, and a test of the package must see a corrupt byte.
 */
function readZip(zip) {
    const files = (0, fflate_1.unzipSync)(new Uint8Array(zip));
    const recorded = centralDirectory(zip);
    return recorded.map(({ name, crc, size }) => {
        const data = files[name];
        if (!data)
            throw new Error(`${name}: listed in the central directory but not extracted`);
        if (data.length !== size)
            throw new Error(`${name}: size ${data.length}, central directory says ${size}`);
        if ((0, node_zlib_1.crc32)(data) !== crc)
            throw new Error(`${name}: CRC mismatch`);
        return { name, data: Buffer.from(data) };
    });
}
/** Name, CRC-32 and uncompressed size of each central directory record, in order. */
function centralDirectory(zip) {
    const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (endAt < 0 || zip.readUInt32LE(endAt) !== END_SIG)
        throw new Error('not a zip file (no end of central directory record)');
    const out = [];
    let at = zip.readUInt32LE(endAt + 16);
    for (let n = zip.readUInt16LE(endAt + 10); n > 0; n--) {
        if (zip.readUInt32LE(at) !== CENTRAL_SIG)
            throw new Error('bad central directory entry');
        const nameLength = zip.readUInt16LE(at + 28);
        const utf8 = (zip.readUInt16LE(at + 8) & 0x0800) !== 0;
        out.push({ name: zip.toString(utf8 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength), crc: zip.readUInt32LE(at + 16), size: zip.readUInt32LE(at + 24) });
        at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    return out;
}
//# sourceMappingURL=zip.js.map