import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { MistakeRecord } from '../engine/mistakes.ts';
import type { LogEntry } from '../engine/session.ts';
import { actionLabel } from './actionLabel.ts';
import { formatClock } from './formatClock.ts';
import { useI18n } from '../common/i18n.tsx';
import { mistakeText } from './mistakeText.ts';
import { continuousText } from './continuousText.ts';
import { rowHolds, timelineRows, type TimelineRowSpec as Row } from './timelineRows.ts';

/** Longer timelines render only the rows in view, each at a fixed height, so a big record stays quick. */
export const WINDOW_FROM_ROWS = 150;
const ROW_PX = 30;
const MISTAKE_PX = 30;
const VIEW_PX = 420;
const OVERSCAN_PX = 300;

const NO_MISTAKES: readonly MistakeRecord[] = [];

/**
 * Every action with its time; mistakes marked with severity and explained. A drill's set-up
 * (its first `setupCount` entries) folds into one line that opens on request. Only `position`
 * changes while a replay plays, and it re-renders just the two rows whose marker moves.
 */
export function Timeline({
  machineId,
  entries,
  mistakes,
  position,
  setupCount = 0,
}: {
  machineId: string;
  entries: readonly LogEntry[];
  mistakes: readonly MistakeRecord[];
  position?: number | undefined;
  setupCount?: number;
}) {
  const { t } = useI18n();
  const [setupOpen, setSetupOpen] = useState(false);
  const folded = Math.min(setupCount, entries.length);
  const byEntry = useMemo(() => {
    const map = new Map<number, MistakeRecord[]>();
    for (const m of mistakes) map.set(m.entry, [...(map.get(m.entry) ?? []), m]);
    return map;
  }, [mistakes]);
  const rows = useMemo<Row[]>(() => timelineRows(entries, folded, setupOpen, (i) => byEntry.has(i)), [entries, folded, setupOpen, byEntry]);
  const windowed = rows.length > WINDOW_FROM_ROWS;
  const heights = useMemo(() => rows.map((r) => ROW_PX + (r.kind === 'entry' ? (byEntry.get(r.index)?.length ?? 0) * MISTAKE_PX : 0)), [rows, byEntry]);
  const tops = useMemo(() => {
    const out = new Float64Array(heights.length + 1);
    heights.forEach((h, i) => (out[i + 1] = out[i]! + h));
    return out;
  }, [heights]);

  const box = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState(0);
  const [view, setView] = useState(VIEW_PX);
  const nowRow = position === undefined ? -1 : rows.findIndex((r) => rowHolds(r, position - 1));
  // Keep the current row in sight while a long replay plays.
  useEffect(() => {
    const el = box.current;
    if (!windowed || !el || nowRow < 0) return;
    const top = tops[nowRow]!;
    const height = el.clientHeight || VIEW_PX;
    if (top < el.scrollTop || top + ROW_PX > el.scrollTop + height) el.scrollTop = Math.max(0, top - height / 3);
  }, [windowed, nowRow, tops]);

  const first = windowed ? Math.max(0, lastAtOrBefore(tops, scroll - OVERSCAN_PX)) : 0;
  const end = windowed ? Math.min(rows.length, lastAtOrBefore(tops, scroll + view + OVERSCAN_PX) + 1) : rows.length;
  const items = [];
  for (let r = first; r < end; r++) {
    const row = rows[r]!;
    const style = windowed ? { height: heights[r], overflow: 'hidden' as const } : undefined;
    if (row.kind === 'setup') {
      items.push(
        <li key="setup" className="setup" style={style}>
          <span className="time">{formatClock(entries[0]?.t ?? 0)}</span>
          <button type="button" className="what link" aria-expanded={setupOpen} onClick={() => setSetupOpen((v) => !v)} data-testid="timeline-setup">
            {setupOpen ? '▾' : '▸'} {t('timeline.setup', { n: row.count })}
          </button>
        </li>,
      );
    } else if (row.kind === 'moves') {
      items.push(<MovesRow key={row.first} machineId={machineId} first={entries[row.first]!} last={entries[row.last]!} index={row.first} count={row.last - row.first + 1} now={r === nowRow} style={style} />);
    } else {
      const e = entries[row.index]!;
      items.push(<TimelineRow key={row.index} machineId={machineId} entry={e} index={row.index} made={byEntry.get(row.index) ?? NO_MISTAKES} now={r === nowRow} style={style} />);
    }
  }
  const list = (
    <ol className={windowed ? 'timeline windowed' : 'timeline'} data-testid="timeline" data-rows={rows.length} style={windowed ? { paddingTop: tops[first], paddingBottom: tops[rows.length]! - tops[end]! } : undefined}>
      {items}
    </ol>
  );
  if (!windowed) return list;
  return (
    <div
      ref={box}
      className="timeline-window"
      style={{ maxHeight: VIEW_PX, overflowY: 'auto' }}
      onScroll={(ev) => {
        setScroll(ev.currentTarget.scrollTop);
        setView(ev.currentTarget.clientHeight || VIEW_PX);
      }}
      tabIndex={0}
      aria-label={t('debrief.timeline')}
    >
      {list}
    </div>
  );
}

/** Index of the last row starting at or before `y` (tops is ascending, one longer than the rows). */
function lastAtOrBefore(tops: Float64Array, y: number): number {
  let lo = 0;
  let hi = tops.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

interface RowProps {
  readonly machineId: string;
  readonly entry: LogEntry;
  readonly index: number;
  readonly made: readonly MistakeRecord[];
  readonly now: boolean;
  readonly style: { height: number | undefined; overflow: 'hidden' } | undefined;
}

const TimelineRow = memo(function TimelineRow({ machineId, entry: e, index, made, now, style }: RowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const refused = e.kind === 'event' && !e.accepted;
  return (
    <li data-entry={index} className={`${made.length ? 'has-mistake' : ''} ${now ? 'now' : ''}`} style={style}>
      <span className="time">{formatClock(e.t)}</span>
      <span className="what">
        {e.kind === 'event' && e.by !== 'trainee' && <span className="by">{t(`timeline.by.${e.by}`)} </span>}
        {actionLabel(i18n, machineId, e)}
        {refused && <span className="refused"> · {t('timeline.refused')}</span>}
      </span>
      {made.map((m, k) => (
        <span key={k} className={`mistake severity-${m.severity}`} data-mistake={m.id} data-severity={m.severity}>
          <span className="severity-chip">{t(`severity.${m.severity}`)}</span> {mistakeText(i18n, machineId, m.id)} — {mistakeText(i18n, machineId, m.id, '.why')}
        </span>
      ))}
    </li>
  );
}, sameRow);

function sameRow(a: RowProps, b: RowProps): boolean {
  return a.machineId === b.machineId && a.entry === b.entry && a.index === b.index && a.made === b.made && a.now === b.now && a.style?.height === b.style?.height;
}

interface MovesProps {
  readonly machineId: string;
  readonly first: LogEntry;
  readonly last: LogEntry;
  readonly index: number;
  readonly count: number;
  readonly now: boolean;
  readonly style: RowProps['style'];
}

/** A hand's run of moves on one continuous control, from where it started to where it ended. */
const MovesRow = memo(function MovesRow({ machineId, first, last, index, count, now, style }: MovesProps) {
  const i18n = useI18n();
  if (first.kind !== 'event' || last.kind !== 'event' || first.event.type !== 'user.adjust' || last.event.type !== 'user.adjust') return null;
  const { control } = first.event;
  const from = continuousText(i18n, machineId, control, first.event.value);
  const to = continuousText(i18n, machineId, control, last.event.value);
  return (
    <li data-entry={index} data-moves={count} className={now ? 'now' : ''} style={style}>
      <span className="time">{formatClock(first.t)}</span>
      <span className="what">
        {i18n.tm(machineId, `control.${control}`)}: {i18n.t('timeline.moves', { from, to, n: count, time: formatClock(last.t) })}
      </span>
    </li>
  );
});
