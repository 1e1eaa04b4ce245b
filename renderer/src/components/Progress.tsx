/** Indeterminate progress with words: shown for anything that may take over 150 ms. */
export function Progress({ label }: { label: string }) {
  return (
    <div className="progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
      <span className="progress-bar" role="progressbar" aria-label={label} />
    </div>
  );
}
