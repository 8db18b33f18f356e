/**
 * Keyboard shortcuts and Electron menu commands lead to the same actions. In Electron a shortcut
 * may reach us twice (the page's keydown and the menu accelerator), so a command arriving from
 * the other source right after the first one is dropped.
 */
import type { AppCommand } from '../../../electron/common/api';

export type CommandSource = 'keyboard' | 'menu';

export interface CommandRouter {
  /** Runs the command unless it duplicates the previous one; returns whether it ran. */
  dispatch(command: AppCommand, source: CommandSource): boolean;
  /** Records a command another component already handled (CodeMirror's undo), without running it. */
  note(command: AppCommand, source: CommandSource): void;
}

export function createCommandRouter(run: (command: AppCommand) => void, windowMs = 500, now: () => number = () => performance.now()): CommandRouter {
  let last: { command: AppCommand; source: CommandSource; at: number } | null = null;
  const isEcho = (command: AppCommand, source: CommandSource, at: number): boolean =>
    last !== null && last.command === command && last.source !== source && at - last.at < windowMs;

  return {
    dispatch(command, source) {
      const at = now();
      if (isEcho(command, source, at)) {
        last = null;
        return false;
      }
      last = { command, source, at };
      run(command);
      return true;
    },
    note(command, source) {
      last = { command, source, at: now() };
    },
  };
}

/** The command of a desktop shortcut (Ctrl, or ⌘ on a Mac), or null. */
export function shortcutCommand(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'key'>): AppCommand | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (e.shiftKey) return null;
  switch (key) {
    case 'o':
      return 'open-project';
    case 's':
      return 'save';
    case 'e':
      return 'export';
    case 'n':
      return 'new-project';
    case 'y':
      return 'redo';
    case ',':
      return 'settings';
    default:
      return null;
  }
}
