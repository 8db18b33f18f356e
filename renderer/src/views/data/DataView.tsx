/** Data: one card per input kind of the registry, each with its import summary, problems and rows. */
import { INPUT_KIND_IDS } from '../../../../core/index';
import { useI18n } from '../../i18n/i18n-context';
import { InputCard } from './InputCard';

export function DataView() {
  const { t } = useI18n();
  return (
    <div className="data">
      <header className="view-header">
        <h1 tabIndex={-1}>{t.data.title}</h1>
        <p className="lead">{t.data.intro}</p>
      </header>
      {INPUT_KIND_IDS.map((kind) => (
        <InputCard key={kind} kind={kind} />
      ))}
    </div>
  );
}
