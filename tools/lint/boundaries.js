/**
 * The kit's folder boundaries as an ESLint rule, on resolved paths (relative imports only: the
 * app has no path aliases). A machine folder may not import another machine folder; code outside
 * the machines may reach them only through the registries (`src/machines/*.ts`), never a folder.
 */
import { dirname, relative, resolve, sep } from 'node:path';

const MACHINES = resolve('src/machines');

/** `<id>` when `file` lies inside `src/machines/<id>/`, else null. */
function machineFolderOf(file) {
  const rel = relative(MACHINES, file);
  if (rel.startsWith('..') || !rel.includes(sep)) return null;
  return rel.split(sep)[0];
}

export const machineBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'A machine folder imports no other machine; nothing outside imports a machine folder' },
    messages: {
      otherMachine: 'Machine "{{own}}" imports machine "{{other}}": no machine imports another (move shared code to the engine or tools/models/lib).',
      outside: 'Code outside src/machines/ imports the folder of machine "{{other}}": use the registries (src/machines/index.ts, registry.ts, catalogue.ts) or a test fixture.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const own = machineFolderOf(file);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const other = machineFolderOf(resolve(dirname(file), source));
      if (!other || other === own) return;
      context.report({ node, messageId: own ? 'otherMachine' : 'outside', data: { own: own ?? '', other } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'machine-boundaries': machineBoundaries } };
