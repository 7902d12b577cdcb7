import type { Rolldown } from 'vite';
import type { BuiltChunk } from '../../src/offline/offlineFileList.ts';

/** The bundle's chunks as the build tools' pure parts read them (posix module paths). */
export function builtChunks(bundle: Rolldown.OutputBundle): BuiltChunk[] {
  return Object.values(bundle).flatMap((out) =>
    out.type !== 'chunk'
      ? []
      : [
          {
            fileName: out.fileName,
            facadeModuleId: out.facadeModuleId?.replaceAll('\\', '/') ?? null,
            moduleIds: out.moduleIds.map((m) => m.replaceAll('\\', '/')),
            isEntry: out.isEntry,
            imports: out.imports,
            dynamicImports: out.dynamicImports,
            css: [...(out.viteMetadata?.importedCss ?? [])],
          },
        ],
  );
}
