/**
 * The drill files shipped with the app (`scenarios/<machine-id>/*.json`), each its own small chunk
 * of text: a machine screen downloads only its own machine's. Nothing else here, so the app's
 * entry can start these downloads (src/app/prefetch/warmMachine.ts) without the drill code.
 */
const loaders = Object.entries(import.meta.glob<string>('../../scenarios/*/*.json', { query: '?raw', import: 'default' }))
  .map(([path, load]) => [path.replace(/^(\.\.\/)+/, ''), load] as const)
  .sort(([a], [b]) => a.localeCompare(b));

/** One machine's drill files as `[path from the repo root, text]`, in file-name order; the browser keeps one copy of each. */
export function machineDrillTexts(id: string): Promise<(readonly [string, string])[]> {
  return Promise.all(loaders.filter(([path]) => path.startsWith(`scenarios/${id}/`)).map(async ([path, load]) => [path, await load()] as const));
}
