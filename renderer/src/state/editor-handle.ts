/** What the app may ask of the open narrative editor (menu undo/redo, inserting figures, jumping to a line). */
export interface EditorHandle {
  undo(): void;
  redo(): void;
  insert(text: string): void;
  goToLine(line: number): void;
  focus(): void;
}

/** The editor registers itself while mounted; there is at most one. */
export function createEditorSlot() {
  let current: EditorHandle | null = null;
  return {
    get: (): EditorHandle | null => current,
    set(handle: EditorHandle | null) {
      current = handle;
    },
  };
}

export type EditorSlot = ReturnType<typeof createEditorSlot>;
