import { createContext, useContext, type CSSProperties, type ReactNode } from 'react';
import './schematic.css';

/** The drawing's own units (its viewBox): controls laid over it are placed in the same units. */
interface Sheet {
  readonly width: number;
  readonly height: number;
}
const SheetContext = createContext<Sheet>({ width: 100, height: 100 });

/** A point of the drawing, as the left/top of an HTML element laid over it (centred there). */
export function useSheetPlace(at: readonly [number, number]): CSSProperties {
  const { width, height } = useContext(SheetContext);
  return { left: `${(at[0] / width) * 100}%`, top: `${(at[1] / height) * 100}%` };
}

/**
 * A machine's 2D view: an SVG drawing of the machine (parts, lamps, gauges, displays) in `width`
 * × `height` units, scaled to fit the stage without distortion, with its HTML controls laid over
 * it at drawing coordinates (so text wraps, and buttons stay real buttons for touch and keys).
 */
export function SchematicSheet({ width, height, label, drawing, children }: { width: number; height: number; label: string; drawing: ReactNode; children: ReactNode }) {
  const style = { '--sheet-w': width, '--sheet-h': height } as CSSProperties;
  return (
    <div className="schematic-sheet" style={style}>
      <svg className="schematic-drawing" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        {drawing}
      </svg>
      <SheetContext.Provider value={{ width, height }}>{children}</SheetContext.Provider>
    </div>
  );
}
