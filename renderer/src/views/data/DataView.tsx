/** Data: the three CSV inputs, each with its import summary, problems and rows. */
import type { InputKind } from '../../../../core/import/import-table';
import { useI18n } from '../../i18n/i18n-context';
import { InputCard } from './InputCard';

const KINDS: readonly InputKind[] = ['privacy', 'service', 'accessibility'];

export function DataView() {
  const { t } = useI18n();
  return (
    <div className="data">
      <header className="view-header">
        <h1 tabIndex={-1}>{t.data.title}</h1>
        <p className="lead">{t.data.intro}</p>
      </header>
      {KINDS.map((kind) => (
        <InputCard key={kind} kind={kind} />
      ))}
    </div>
  );
}
