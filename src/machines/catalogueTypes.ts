/** What the home catalogue shows of a machine, in both languages. */
export interface MachineSummary {
  readonly id: string;
  /**
   * Where the machine stands in the making of a shoe (cutting 10, closing 20–30, lasting 40–50,
   * bottoming 60–80, finishing 90): the home screen lists machines in this order.
   */
  readonly line: number;
  readonly texts: Readonly<Record<'id' | 'en', { readonly name: string; readonly purpose: string }>>;
}
