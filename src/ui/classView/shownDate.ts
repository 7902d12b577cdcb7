import type { Lang } from '../../i18n/catalogue.ts';

/** A stored ISO time in the reader's language and local time; the raw text if it will not parse. */
export function shownDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
