import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { appMessages } from '../i18n/appMessages.ts';
import { format, prefixed, type Lang } from '../i18n/catalogue.ts';
import type { MachineMessages } from '../i18n/catalogue.ts';
import { machineCatalogue } from '../machines/catalogue.ts';

type Params = Readonly<Record<string, string | number>>;

/** App texts and machine names at start; a machine's full texts join when its code loads. */
const catalogues: Record<Lang, Record<string, string>> = {
  id: { ...appMessages.id, ...Object.assign({}, ...machineCatalogue.map((m) => prefixed(m.id, m.texts.id))) },
  en: { ...appMessages.en, ...Object.assign({}, ...machineCatalogue.map((m) => prefixed(m.id, m.texts.en))) },
};

/** Called by the machine screen's chunk when it loads, before any of its texts are shown. */
export function addMachineMessages(machines: readonly { id: string; messages: MachineMessages }[]): void {
  for (const m of machines) {
    Object.assign(catalogues.id, prefixed(m.id, m.messages.id));
    Object.assign(catalogues.en, prefixed(m.id, m.messages.en));
  }
}

export interface I18n {
  readonly lang: Lang;
  /** App-level text. */
  t(key: string, params?: Params): string;
  /** A machine's text (key without the machine prefix). */
  tm(machineId: string, key: string, params?: Params): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, params) => format(catalogues[lang], key, params),
      tm: (machineId, key, params) => format(catalogues[lang], `${machineId}.${key}`, params),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** Label of a control position: `value.<control>.<value>`, else `value.<control>` with {value}. */
export function valueLabel(i18n: I18n, machineId: string, control: string, value: string): string {
  const specific = i18n.tm(machineId, `value.${control}.${value}`);
  if (!specific.startsWith('[')) return specific;
  const generic = i18n.tm(machineId, `value.${control}`, { value });
  return generic.startsWith('[') ? value : generic;
}
