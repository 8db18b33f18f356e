/**
 * The application menu as data. App commands are forwarded to the renderer (which owns undo
 * history, saving and dialogs); clipboard, zoom and quit use Electron's built-in roles.
 * Only types come from Electron, so a unit test can read the template.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../common/api.js';
import type { UiLang } from '../common/ui-langs.js';

const LABELS = {
  pl: {
    file: '&Plik', newProject: 'Nowy projekt', open: 'Otwórz…', save: 'Zapisz', export: 'Eksportuj…', settings: 'Ustawienia…', quit: 'Zakończ',
    edit: '&Edycja', undo: 'Cofnij', redo: 'Ponów', cut: 'Wytnij', copy: 'Kopiuj', paste: 'Wklej', selectAll: 'Zaznacz wszystko',
    view: '&Widok', reload: 'Przeładuj', devTools: 'Narzędzia deweloperskie', resetZoom: 'Rzeczywisty rozmiar', zoomIn: 'Powiększ',
    zoomOut: 'Pomniejsz', fullScreen: 'Pełny ekran', help: 'Pomo&c', about: 'O programie Raport',
  },
  en: {
    file: '&File', newProject: 'New project', open: 'Open…', save: 'Save', export: 'Export…', settings: 'Settings…', quit: 'Quit',
    edit: '&Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
    view: '&View', reload: 'Reload', devTools: 'Developer tools', resetZoom: 'Actual size', zoomIn: 'Zoom in',
    zoomOut: 'Zoom out', fullScreen: 'Full screen', help: '&Help', about: 'About Raport',
  },
} as const satisfies Record<UiLang, Record<string, string>>;

export interface MenuOptions {
  /** Development build: adds reload and developer tools. */
  dev?: boolean;
}

export function menuTemplate(lang: UiLang, send: (command: AppCommand) => void, options: MenuOptions = {}): MenuItemConstructorOptions[] {
  const t = LABELS[lang];
  const command = (label: string, accelerator: string, cmd: AppCommand): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(cmd) });
  return [
    {
      label: t.file,
      submenu: [
        command(t.newProject, 'CmdOrCtrl+N', 'new-project'),
        command(t.open, 'CmdOrCtrl+O', 'open-project'),
        command(t.save, 'CmdOrCtrl+S', 'save'),
        command(t.export, 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        command(t.settings, 'CmdOrCtrl+,', 'settings'),
        { type: 'separator' },
        { role: 'quit', label: t.quit },
      ],
    },
    {
      label: t.edit,
      submenu: [
        command(t.undo, 'CmdOrCtrl+Z', 'undo'),
        command(t.redo, 'CmdOrCtrl+Y', 'redo'),
        // A menu item has one accelerator; the other common redo shortcut rides on a hidden twin.
        { ...command(t.redo, 'CmdOrCtrl+Shift+Z', 'redo'), visible: false, acceleratorWorksWhenHidden: true },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.view,
      submenu: [
        ...(options.dev === true
          ? ([{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom', label: t.resetZoom },
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.fullScreen },
      ],
    },
    { label: t.help, submenu: [{ role: 'about', label: t.about }] },
  ];
}
