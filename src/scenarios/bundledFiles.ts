/**
 * Every drill file shipped with the app (`scenarios/<machine-id>/*.json`) as text, all at once:
 * for tests, tools and the record reader (`bundled.ts`). A machine screen reads only its own
 * machine's, each file in its own small chunk (`machineDrills.ts`).
 */
const files = import.meta.glob<string>('../../scenarios/*/*.json', { eager: true, query: '?raw', import: 'default' });

/** `[path from the repo root, text]`, in file-name order. */
export const bundledDrillFiles: readonly (readonly [string, string])[] = Object.entries(files)
  .map(([path, text]) => [path.replace(/^(\.\.\/)+/, ''), text] as const)
  .sort(([a], [b]) => a.localeCompare(b));
