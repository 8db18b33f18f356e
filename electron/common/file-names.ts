/**
 * Which names an exported file may have, shared by the renderer (checking a name the user types)
 * and the main process (refusing any other over IPC). Plain names only: letters of any language,
 * digits, spaces, `_ . - ( )`, one of the extensions the app writes; no folders, no hidden files,
 * nothing Windows refuses to create.
 */
export const MAX_FILE_NAME_LENGTH = 200;

const EXPORT_NAME = /^[\p{L}\p{N}_.\- ()]+\.(docx|html|txt)$/u;

// Device names Windows will not create as files, whatever the extension.
export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

export function isExportFileName(name: string): boolean {
  return (
    EXPORT_NAME.test(name) &&
    !name.includes('..') &&
    !name.startsWith('.') &&
    !name.startsWith(' ') &&
    name.length <= MAX_FILE_NAME_LENGTH &&
    !WINDOWS_RESERVED.test(name)
  );
}
