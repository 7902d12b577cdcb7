/**
 * One mark of a card: a big shape and the words, so it reads without colour (and without an emoji
 * font, which the tablets lack): a filled circle with a tick when done, an empty ring when not yet.
 */
export function ProgressMark({ done, text, mark }: { done: boolean; text: string; mark: string }) {
  return (
    <li className={`progress-mark${done ? ' done' : ''}`} data-mark={mark} data-done={done}>
      <svg className="progress-icon" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
        {done ? (
          <>
            <circle cx="16" cy="16" r="15" className="progress-icon-fill" />
            <path d="M9 16.5l5 5 9-11" fill="none" stroke="#fff" strokeWidth="3.5" strokeLinecap="round" strokeLinejoin="round" />
          </>
        ) : (
          <circle cx="16" cy="16" r="13.5" fill="none" className="progress-icon-ring" strokeWidth="3" strokeDasharray="4 3" />
        )}
      </svg>
      <span>{text}</span>
    </li>
  );
}
