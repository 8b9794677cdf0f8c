/**
 * What a file really is, from its first bytes, never from the name or the type the browser
 * claims: a renamed executable must not pass as a PDF. Only the kinds partners send as evidence.
 */
export interface AcceptedType {
  contentType: string;
  extensions: string[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((byte, i) => bytes[offset + i] === byte);

const extensionOf = (fileName: string) => fileName.toLowerCase().split('.').pop() ?? '';

/** Printable UTF-8 text with no NUL bytes: what a CSV export is. */
function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(
      sample.length < bytes.length ? sample.subarray(0, sample.length - 4) : sample,
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * The accepted type of a file, or null. Zip and OLE containers are accepted only under a
 * spreadsheet's name (.xlsx / .xls, .ods), and plain text only as .csv.
 */
export function recognise(bytes: Uint8Array, fileName: string): AcceptedType | null {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { contentType: 'application/pdf', extensions: ['pdf'] };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extensions: ['png'] };
  if (startsWith(bytes, [0xff, 0xd8, 0xff]))
    return { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { contentType: 'image/webp', extensions: ['webp'] };
  if (startsWith(bytes, ZIP) && extension === 'xlsx')
    return {
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extensions: ['xlsx'],
    };
  if (startsWith(bytes, ZIP) && extension === 'ods')
    return { contentType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] };
  if (startsWith(bytes, OLE) && extension === 'xls')
    return { contentType: 'application/vnd.ms-excel', extensions: ['xls'] };
  if (extension === 'csv' && bytes.length > 0 && isText(bytes))
    return { contentType: 'text/csv', extensions: ['csv'] };
  return null;
}

export const ACCEPTED_DESCRIPTION =
  'PDF, PNG, JPEG or WebP images, and spreadsheets (.xlsx, .xls, .ods, .csv)';
