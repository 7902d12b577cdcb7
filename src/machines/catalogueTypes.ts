/** What the home catalogue shows of a machine, in both languages. */
export interface MachineSummary {
  readonly id: string;
  readonly texts: Readonly<Record<'id' | 'en', { readonly name: string; readonly purpose: string }>>;
}
