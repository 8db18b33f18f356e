/** The keyboard shortcuts, as desktop users expect them. */
import { useI18n } from '../../i18n/i18n-context';

const SHORTCUTS = ['open', 'new', 'save', 'export', 'undo', 'redo'] as const;

export function ShortcutsTable() {
  const { t } = useI18n();
  return (
    <table className="shortcuts">
      <thead>
        <tr>
          <th scope="col">{t.settings.shortcutKey}</th>
          <th scope="col">{t.settings.shortcutAction}</th>
        </tr>
      </thead>
      <tbody>
        {SHORTCUTS.map((action) => (
          <tr key={action}>
            <td>
              <kbd>{t.keys[action]}</kbd>
            </td>
            <td>{t.settings.actions[action]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
