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

const UI_SCHEMATIC = resolve('src/ui/schematic');
const SCENE = resolve('src/scene');
const THREE_LIBS = /^(three|three\/.*|three-stdlib|@react-three\/.*)$/;

/** A machine's 2D view (`src/machines/<id>/schematic.tsx`) or the shared 2D kit (`src/ui/schematic/`). */
function isSchematicCode(file) {
  if (!relative(UI_SCHEMATIC, file).startsWith('..')) return true;
  const own = machineFolderOf(file);
  return own !== null && relative(resolve(MACHINES, own), file) === 'schematic.tsx';
}

/**
 * The 2D view is what a device without WebGL shows, and what a weak one chooses to save its
 * CPU: it pulls in no three.js, no 3D view of a machine and no 3D component of the stage (the
 * stage's plain TypeScript helpers, such as the drag maths, are fine).
 */
export const schematicWithout3d = {
  meta: {
    type: 'problem',
    docs: { description: 'The 2D view (schematic.tsx, src/ui/schematic/) imports no three.js and no 3D view' },
    messages: {
      threeLib: 'The 2D view imports "{{source}}": it must work without WebGL, so no three.js or react-three here (draw with SVG/HTML).',
      view3d: 'The 2D view imports the 3D file "{{source}}": share the look (look.ts) or a pure helper instead of a 3D view or scene component.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!isSchematicCode(file)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      if (THREE_LIBS.test(source)) return context.report({ node, messageId: 'threeLib', data: { source } });
      if (!source.startsWith('.')) return;
      const target = resolve(dirname(file), source);
      const inMachine = machineFolderOf(target) !== null && /^view.*\.tsx$/.test(target.split(sep).pop() ?? '');
      const sceneComponent = !relative(SCENE, target).startsWith('..') && target.endsWith('.tsx');
      if (inMachine || sceneComponent) context.report({ node, messageId: 'view3d', data: { source } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'machine-boundaries': machineBoundaries, 'schematic-without-3d': schematicWithout3d } };
