/**
 * Desktop shortcuts (Ctrl+O, Ctrl+S, Ctrl+E, Ctrl+N, Ctrl+,) handled in the page. Undo and redo
 * belong to the focused editor or field; they are only recorded, so an Electron menu echo of the
 * same keystroke is not run a second time.
 */
import { useEffect } from 'react';
import { shortcutCommand } from '../state/commands';
import { useController } from '../state/controller-context';

export function useShortcuts(): void {
  const { commands } = useController();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const command = shortcutCommand(e);
      if (command === null) return;
      if (command === 'undo' || command === 'redo') {
        commands.note(command, 'keyboard');
        return;
      }
      e.preventDefault();
      if (!e.repeat) commands.dispatch(command, 'keyboard');
    };
    // Capture: the app's shortcuts win over any field that would swallow the key.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [commands]);
}
