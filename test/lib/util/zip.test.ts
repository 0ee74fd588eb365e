// The deck's ZIP writer, read back by an independent reader: the central directory points at local headers whose
// stored bytes and CRC (computed bit by bit, not by the writer's table) match each file.
import { describe, expect, it } from 'vitest';
import { crc32, zipStore } from '../../../src/lib/util/zip';

/** CRC-32 one bit at a time (the reference the table-driven crc32 must equal). */
function crcBitwise(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Reads a stored-only ZIP through its end record and central directory. */
function unzip(zip: Uint8Array): { name: string; bytes: Uint8Array; crc: number }[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(v.getUint32(end, true)).toBe(0x06054b50);
  const count = v.getUint16(end + 10, true);
  let p = v.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(v.getUint32(p, true)).toBe(0x02014b50);
    const crc = v.getUint32(p + 16, true), size = v.getUint32(p + 24, true), nameLength = v.getUint16(p + 28, true), local = v.getUint32(p + 42, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    expect(v.getUint32(local, true)).toBe(0x04034b50);
    expect(v.getUint16(local + 8, true)).toBe(0); // stored
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true);
    out.push({ name, bytes: zip.subarray(start, start + size), crc });
    p += 46 + nameLength;
  }
  return out;
}

describe('zipStore', () => {
  it('gives the published CRC-32 of "123456789" (0xCBF43926)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('stores each file so an independent reader gets its bytes, name and CRC back', () => {
    const files = [
      { name: '01-attribution.png', bytes: Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256) },
      { name: 'sähköposti-ä.png', bytes: new TextEncoder().encode('hello') },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
    ];
    const read = unzip(zipStore(files));
    expect(read.map((f) => f.name)).toEqual(files.map((f) => f.name));
    read.forEach((f, i) => {
      expect([...f.bytes]).toEqual([...files[i].bytes]);
      expect(f.crc).toBe(crcBitwise(files[i].bytes));
    });
  });
});
