// The first regular file of a tar archive (what the Engine API's archive endpoint returns for one
// file): its content, its declared size and its modification time. PAX and GNU long-name headers
// are skipped. The archive may be cut short (a size cap): the content is then shorter than `size`.

export function firstTarFile(
  archive: Buffer,
): { name: string; content: Buffer; size: number; mtime: string } | undefined {
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) return undefined;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('latin1')
        .replace(/\0.*$/s, '')
        .trim();
    const size = Math.max(0, parseInt(field(124, 12), 8) || 0);
    const type = field(156, 1) || '0';
    const body = archive.subarray(offset + 512, offset + 512 + size);
    if (type === '0') {
      const mtime = new Date((parseInt(field(136, 12), 8) || 0) * 1000).toISOString();
      return { name: field(0, 100), content: body, size, mtime };
    }
    // Anything else (PAX 'x'/'g', GNU 'L', a directory): skip its data, rounded up to 512 bytes.
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}
