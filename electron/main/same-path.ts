/** Whether two absolute paths name the same file as the OS sees it: Windows paths ignore case. */
export const samePath = (a: string, b: string, platform: NodeJS.Platform = process.platform): boolean =>
  platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
