/** Reads big-endian numbers, as fonts store them, from a byte array. */
export class ByteReader {
  readonly bytes: Uint8Array;
  offset: number;
  private readonly view: DataView;

  constructor(bytes: Uint8Array, offset = 0) {
    this.bytes = bytes;
    this.offset = offset;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  u8(): number {
    return this.view.getUint8(this.offset++);
  }

  u16(): number {
    const value = this.view.getUint16(this.offset);
    this.offset += 2;
    return value;
  }

  i16(): number {
    const value = this.view.getInt16(this.offset);
    this.offset += 2;
    return value;
  }

  u32(): number {
    const value = this.view.getUint32(this.offset);
    this.offset += 4;
    return value;
  }

  /** A four-letter table tag such as `glyf`. */
  tag(): string {
    return String.fromCharCode(...this.take(4));
  }

  /** The next `length` bytes, as a view (not a copy). */
  take(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new RangeError('Read past the end of the data');
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  /** WOFF2's UIntBase128: 7 bits a byte, high bit set on all but the last. */
  uintBase128(): number {
    let value = 0;
    for (let index = 0; index < 5; index++) {
      const byte = this.u8();
      if (index === 0 && byte === 0x80) throw new RangeError('UIntBase128 with a leading zero');
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new RangeError('UIntBase128 longer than 5 bytes');
  }

  /** WOFF2's 255UInt16: one byte below 253, else a marker byte and one or two more. */
  uint255(): number {
    const code = this.u8();
    if (code === 253) return this.u16();
    if (code === 254) return this.u8() + 506;
    if (code === 255) return this.u8() + 253;
    return code;
  }
}

/** Collects big-endian numbers and byte runs into one byte array. */
export class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  private current: number[] = [];
  private flushedLength = 0;

  get length(): number {
    return this.flushedLength + this.current.length;
  }

  u8(value: number): this {
    this.current.push(value & 0xff);
    return this;
  }

  u16(value: number): this {
    return this.u8(value >> 8).u8(value);
  }

  i16(value: number): this {
    return this.u16(value & 0xffff);
  }

  u32(value: number): this {
    return this.u16(value >>> 16).u16(value & 0xffff);
  }

  tag(tag: string): this {
    for (const char of tag) this.u8(char.charCodeAt(0));
    return this;
  }

  bytes(bytes: Uint8Array): this {
    this.flush();
    this.chunks.push(bytes);
    this.flushedLength += bytes.length;
    return this;
  }

  /** Zero bytes up to the next multiple of four. */
  pad4(): this {
    while (this.length % 4 !== 0) this.u8(0);
    return this;
  }

  uintBase128(value: number): this {
    const groups = [value & 0x7f];
    for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) groups.unshift(rest & 0x7f);
    groups.forEach((group, index) => this.u8(index < groups.length - 1 ? group | 0x80 : group));
    return this;
  }

  uint255(value: number): this {
    if (value < 253) return this.u8(value);
    if (value < 506) return this.u8(255).u8(value - 253);
    if (value < 762) return this.u8(254).u8(value - 506);
    return this.u8(253).u16(value);
  }

  result(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.flushedLength);
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  private flush(): void {
    if (this.current.length === 0) return;
    this.chunks.push(Uint8Array.from(this.current));
    this.flushedLength += this.current.length;
    this.current = [];
  }
}
