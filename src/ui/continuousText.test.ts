import { describe, expect, it } from 'vitest';
import { actionLabel } from './actionLabel.ts';
import { continuousText } from './continuousText.ts';
import type { I18n } from '../common/i18n.tsx';

/** A catalogue that knows only the control names; anything else is a gap, shown as `[key]`. */
const i18n = (lang: 'id' | 'en', labels: Record<string, string> = {}): I18n => ({
  lang,
  t: (key) => `[${key}]`,
  tm: (_m, key, params) => (key in labels ? labels[key]!.replace('{value}', String(params?.value)) : key === 'control.screw' ? 'Screw' : `[${key}]`),
});

describe('continuousText', () => {
  it("writes the step's decimals with the locale's sign and the unit", () => {
    const range = { min: 0.2, max: 2, step: 0.1, unit: 'mm' };
    expect(continuousText(i18n('id'), 'm', 'screw', 1, range)).toBe('1,0 mm');
    expect(continuousText(i18n('en'), 'm', 'screw', 1.25, { ...range, step: 0.05, unit: '%' })).toBe('1.25%');
    expect(continuousText(i18n('en'), 'm', 'screw', 0.35)).toBe('0.35');
  });

  it("uses the machine's own value label when it has one, and then the label writes the unit (never twice)", () => {
    expect(continuousText(i18n('en', { 'value.screw': '{value} mm left' }), 'm', 'screw', 1, { min: 0, max: 2, step: 0.5, unit: 'mm' })).toBe('1.0 mm left');
    expect(continuousText(i18n('id', { 'value.screw': '{value} mm' }), 'm', 'screw', 14, { min: 6, max: 14, step: 0.5, unit: 'mm' })).toBe('14,0 mm');
  });

  it('labels an adjust in the timeline with its value', () => {
    expect(actionLabel(i18n('id'), 'm', { t: 0, kind: 'event', event: { type: 'user.adjust', control: 'screw', value: 0.7 }, accepted: true, by: 'trainee' })).toBe('Screw: 0,7');
  });
});
