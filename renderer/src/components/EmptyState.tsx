/** A calm placeholder that says what is missing and offers the way forward. */
export function EmptyState({ title, text, action }: { title: string; text: string; action?: { label: string; onClick: () => void } }) {
  return (
    <div className="empty-state">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{text}</p>
      {action ? (
        <button type="button" className="button primary" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
