/**
 * The browser's "file dialog": a hidden <input type=file>. The chosen file's bytes are kept under
 * a pseudo path, which `attachInput` later hands back, just as the desktop dialog returns a path.
 */
const picked = new Map<string, { name: string; bytes: Uint8Array; modifiedMs: number }>();
let counter = 0;

export function pickCsvFile(): Promise<string | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.csv,.txt,.tsv,text/csv,text/plain';
    input.style.display = 'none';
    let settled = false;
    const finish = (path: string | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(path);
    };
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file === undefined) return finish(null);
      void file.arrayBuffer().then((buffer) => {
        const path = `browser:/picked/${++counter}/${file.name}`;
        picked.set(path, { name: file.name, bytes: new Uint8Array(buffer), modifiedMs: file.lastModified });
        finish(path);
      });
    });
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}

export const pickedFile = (path: string) => picked.get(path);
