import type { ContinuousRange } from '../engine/continuous.ts';
import { valueLabel, type I18n } from '../common/i18n.tsx';

/** Units written without a space after the number. */
const TIGHT_UNITS = new Set(['%', '°']);

const decimals = (n: number): number => (String(n).split('.')[1] ?? '').length;

/**
 * A continuous control's value as the artisan reads it: the locale's decimal sign, as many decimals
 * as the step has, and either the machine's own `value.<control>` label around the number (which
 * then writes the unit itself) or the range's unit. Without the range (a log entry), the number as it is.
 */
export function continuousText(i18n: I18n, machineId: string, controlId: string, value: number, range?: ContinuousRange): string {
  const places = range ? decimals(range.step) : undefined;
  const number = value.toLocaleString(i18n.lang === 'id' ? 'id-ID' : 'en-GB', places === undefined ? { maximumFractionDigits: 6 } : { minimumFractionDigits: places, maximumFractionDigits: places });
  const own = i18n.tm(machineId, `value.${controlId}`, { value: number });
  if (!own.startsWith('[')) return valueLabel(i18n, machineId, controlId, number);
  const unit = range?.unit ? (TIGHT_UNITS.has(range.unit) ? range.unit : ` ${range.unit}`) : '';
  return `${number}${unit}`;
}
