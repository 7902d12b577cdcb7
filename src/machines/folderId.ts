/**
 * The machine id a registry path names: `./<id>/index.ts` (or `../machines/<id>/view.tsx`, the
 * folder `depth` segments in) → `<id>`. The folder is the machine.
 */
export function folderId(path: string, depth = 1): string {
  const id = path.split('/')[depth];
  if (!id || path.split('/').length < depth + 2) throw new Error(`not a machine folder path: ${path}`);
  return id;
}

/** Entries of an `import.meta.glob` keyed by machine id, in id order (a stable order for tests and tools). */
export function byFolder<T>(found: Record<string, T>, depth = 1): [string, T][] {
  return Object.entries(found)
    .map(([path, value]): [string, T] => [folderId(path, depth), value])
    .sort(([a], [b]) => a.localeCompare(b));
}
