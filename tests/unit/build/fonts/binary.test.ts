import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../../src/build/fonts/binary';

const bytes = (write: (writer: ByteWriter) => unknown) => {
  const writer = new ByteWriter();
  write(writer);
  return [...writer.result()];
};

describe('WOFF2 number encodings', () => {
  it.each([
    [0, [0]],
    [127, [0x7f]],
    [128, [0x81, 0x00]],
    [16384, [0x81, 0x80, 0x00]],
    [0xffffffff, [0x8f, 0xff, 0xff, 0xff, 0x7f]],
  ])('writes %i as UIntBase128 %j and reads it back', (value, encoded) => {
    expect(bytes((writer) => writer.uintBase128(value))).toEqual(encoded);
    expect(new ByteReader(Uint8Array.from(encoded)).uintBase128()).toBe(value);
  });

  it('rejects a UIntBase128 with a leading zero, as the specification requires', () => {
    expect(() => new ByteReader(Uint8Array.from([0x80, 0x01])).uintBase128()).toThrow(/leading zero/);
  });

  it.each([
    [252, [252]],
    [253, [255, 0]],
    [505, [255, 252]],
    [506, [254, 0]],
    [761, [254, 255]],
    [762, [253, 2, 250]],
    [65535, [253, 255, 255]],
  ])('writes %i as 255UInt16 %j and reads it back', (value, encoded) => {
    expect(bytes((writer) => writer.uint255(value))).toEqual(encoded);
    expect(new ByteReader(Uint8Array.from(encoded)).uint255()).toBe(value);
  });
});

describe('ByteWriter', () => {
  it('writes big-endian numbers, tags and byte runs in order, padded to four on request', () => {
    const written = bytes((writer) =>
      writer
        .u8(1)
        .u16(0x0203)
        .i16(-2)
        .u32(0x04050607)
        .tag('glyf')
        .bytes(Uint8Array.from([9]))
        .pad4(),
    );
    expect(written).toEqual([1, 2, 3, 0xff, 0xfe, 4, 5, 6, 7, 0x67, 0x6c, 0x79, 0x66, 9, 0, 0]);
  });

  it('reads what it wrote', () => {
    const reader = new ByteReader(new ByteWriter().u16(65000).i16(-300).u32(4e9).tag('OS/2').result());
    expect([reader.u16(), reader.i16(), reader.u32(), reader.tag()]).toEqual([65000, -300, 4e9, 'OS/2']);
    expect(() => reader.take(1)).toThrow(RangeError);
  });
});
