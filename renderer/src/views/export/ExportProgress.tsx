/** The export's steps with their state, and a progress bar over all of them. */
import { useI18n } from '../../i18n/i18n-context';
import { EXPORT_STEPS, type ExportState, type ExportStep } from '../../state/export-state';

type StepState = 'waiting' | 'active' | 'done' | 'skipped';

function stepState(state: ExportState, step: ExportStep): StepState {
  if (state.finished.includes(step)) return 'done';
  if (state.skipped.includes(step)) return 'skipped';
  return state.step === step ? 'active' : 'waiting';
}

export function ExportProgress({ state }: { state: ExportState }) {
  const { t } = useI18n();
  const complete = state.finished.length + state.skipped.length;
  return (
    <section className="card export-progress" aria-labelledby="export-progress-title">
      <h2 id="export-progress-title">{t.export.progress}</h2>
      <progress max={EXPORT_STEPS.length} value={complete} aria-labelledby="export-progress-title" />
      <ol className="steps">
        {EXPORT_STEPS.map((step) => {
          const s = stepState(state, step);
          return (
            <li key={step} className={`step step-${s}`}>
              <span className="step-mark" aria-hidden="true">
                {s === 'done' ? '✓' : s === 'active' ? '…' : s === 'skipped' ? '–' : '○'}
              </span>
              <span>{t.export.steps[step]}</span>
              <span className="step-state">{t.export.stepState[s]}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
