import type { CSSProperties, ReactNode } from 'react';
import { useSessionHandle } from '../../engine/react/SessionContext.tsx';
import { hintFor, useHints } from '../../common/HintContext.tsx';
import { useI18n } from '../../common/i18n.tsx';
import { controlSpec, hintAttributes, setEventsOf, shortLabel } from './controlSpec.ts';
import { useSheetPlace } from './SchematicSheet.tsx';
import { HintRing } from './HintRing.tsx';
import { SchematicButton } from './SchematicButton.tsx';
import { SchematicPositions, SchematicStepper } from './SchematicSelector.tsx';
import { SchematicLever } from './SchematicLever.tsx';

/** More positions than this show as a stepper (− value +), as in the panel. */
const POSITIONS_MAX = 4;

export interface PlaceProps {
  /** Control id, as in the machine's controls.ts (and `data-control`). */
  readonly id: string;
  /** Where it sits on the drawing, in drawing units (the control is centred there). */
  readonly at: readonly [number, number];
  /** Where its label goes; `none` keeps it only for screen readers. */
  readonly label?: 'above' | 'below' | 'none';
  /** A push button's colour (`stop`, `black`, `blue`; green without), a class of schematic.css. */
  readonly look?: string;
  /** Positions laid out in a column instead of a row. */
  readonly column?: boolean;
  /** Continuous controls: the length of the lever's track, in CSS pixels. */
  readonly trackPx?: number;
}

/**
 * One control of the machine placed on its drawing, clickable (or draggable) like on the model:
 * the same id, the same events through the same session, hints from the same guide. What it looks
 * like follows from its ControlSpec (a button, a selector's positions, a lever for a continuous one).
 */
export function SchematicControl({ id, at, label = 'above', look, column, trackPx }: PlaceProps) {
  const { module } = useSessionHandle();
  const i18n = useI18n();
  const control = controlSpec(module, id);
  const hinted = hintFor(useHints(), id);
  const place = useSheetPlace(at);
  const fullLabel = i18n.tm(module.id, `control.${id}`);
  const caption = shortLabel(fullLabel);
  const sets = setEventsOf(control);
  let body: ReactNode;
  if (control.kind === 'continuous' && control.range) body = <SchematicLever control={control} range={control.range} label={fullLabel} trackPx={trackPx} hinted={hinted} />;
  else if (sets.length > POSITIONS_MAX) body = <SchematicStepper control={control} sets={sets} label={fullLabel} hinted={hinted} />;
  else if (sets.length > 0) body = <SchematicPositions control={control} sets={sets} label={fullLabel} hinted={hinted} column={column} />;
  else body = <SchematicButton control={control} label={fullLabel} caption={label === 'none' ? null : caption} look={look} hinted={hinted.length > 0} />;
  const showCaption = label !== 'none' && (sets.length > 0 || control.kind === 'continuous');
  return (
    <div
      className={`sx-control sx-${control.kind}${hinted.length ? ' hinted-control' : ''}${column ? ' sx-column' : ''} label-${label}`}
      style={place as CSSProperties}
      data-control={id}
      {...hintAttributes(hinted)}
    >
      <HintRing on={hinted.length > 0} />
      {showCaption && <span className="sx-label">{caption}</span>}
      {body}
    </div>
  );
}
