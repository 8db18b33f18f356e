/** Byte encodings of test CSVs, as Excel and other tools would write them. */
import iconv from 'iconv-lite';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const utf8Bom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
export const win1250 = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'windows-1250'));
export const utf16leBom = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'utf16-le', { addBOM: true }));
