/**
 * After a file could not be written (open in Word, read-only): its name, editable, prefilled with
 * `name (2).docx`, and a button that writes it, and the files after it, under that name.
 */
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useController } from '../../state/controller-context';
import { alternativeName, renameProblem } from '../../state/export-state';

export function RenameForm({ name, others }: { name: string; others: readonly string[] }) {
  const { t } = useI18n();
  const { exports } = useController();
  const id = useId();
  const [value, setValue] = useState(() => alternativeName(name));
  const trimmed = value.trim();
  const problem = renameProblem(trimmed, name, others);
  const ext = name.slice(name.lastIndexOf('.'));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problem === null) void exports.retryAs(trimmed);
  };

  return (
    <form className="card export-rename form" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>{t.exportRename.title}</h2>
      <p>{t.exportRename.hint(name)}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t.exportRename.label}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={value}
          spellCheck={false}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : `${id}-error`}
          onChange={(e) => setValue(e.target.value)}
        />
        {problem === null ? null : (
          <p id={`${id}-error`} className="field-error">
            {problem === 'extension' ? t.exportRename.extension(ext) : problem === 'taken' ? t.exportRename.taken : t.exportRename.invalid}
          </p>
        )}
      </div>
      <button type="submit" className="button primary" disabled={problem !== null}>
        {t.exportRename.save}
      </button>
    </form>
  );
}
