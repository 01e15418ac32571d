// The little of tar a backup needs: one entry to put in front of PGlite's own archive (the manifest), and a
// walk over the headers that tells a tar archive from anything else and notices one that was cut short.
// The archive's contents are PGlite's business: it writes and unpacks them (dumpDataDir, loadDataDir).

const BLOCK = 512;

export interface TarEntry {
  name: string;
  /** Where the entry's header starts. */
  offset: number;
  /** Where its data starts, and how many bytes. */
  dataOffset: number;
  size: number;
}

export class TarError extends Error {}

/** One regular file as a tar entry (ustar header and data, padded to whole blocks). */
export function tarEntry(name: string, data: Uint8Array, mtime: Date): Buffer {
  const header = Buffer.alloc(BLOCK);
  header.write(name, 0, 100, "utf8");
  header.write("0000600\0", 100, "ascii");
  header.write("0000000\0", 108, "ascii");
  header.write("0000000\0", 116, "ascii");
  header.write(`${octal(data.length, 11)}\0`, 124, "ascii");
  header.write(`${octal(Math.floor(mtime.getTime() / 1000), 11)}\0`, 136, "ascii");
  header.write("0", 156, "ascii");
  header.write("ustar\0", 257, "ascii");
  header.write("00", 263, "ascii");
  header.write(`${octal(checksum(header), 6)}\0 `, 148, "ascii");
  const body = Buffer.alloc(Math.ceil(data.length / BLOCK) * BLOCK);
  body.set(data);
  return Buffer.concat([header, body]);
}

/** Every entry of an archive, checking each header's checksum and that the archive ends where it says. */
export function listTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  for (;;) {
    if (offset + BLOCK > bytes.length) {
      throw new TarError(entries.length === 0 ? "it is not a tar archive" : "the archive is cut short");
    }
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return entries;
    const stored = readOctal(header, 148, 8);
    const size = readOctal(header, 124, 12);
    if (stored === undefined || stored !== checksum(header) || size === undefined) {
      throw new TarError(
        entries.length === 0
          ? "it is not a tar archive"
          : `the archive is damaged after its entry ${entries.at(-1)?.name}`,
      );
    }
    const prefix = readText(header, 345, 155);
    const name = readText(header, 0, 100);
    entries.push({ name: prefix ? `${prefix}/${name}` : name, offset, dataOffset: offset + BLOCK, size });
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
}

function octal(value: number, digits: number): string {
  return value.toString(8).padStart(digits, "0");
}

/** The sum of the header's bytes with the checksum field counted as spaces, as tar defines it. */
function checksum(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (header[i] as number);
  return sum;
}

function readText(header: Uint8Array, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return Buffer.from(end < 0 ? field : field.subarray(0, end)).toString("utf8");
}

function readOctal(header: Uint8Array, start: number, length: number): number | undefined {
  const text = readText(header, start, length).trim();
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : undefined;
}
