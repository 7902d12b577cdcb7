import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const CATALOGUE = 'virtual:gladi-three-catalogue';
const FIBER_CANVAS = /@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
const REGISTER_ALL = 'extend(THREE)';

/** Every `.tsx` file under `dir`. */
const tsxFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []));

/**
 * The three.js classes the app's JSX names as elements (`<mesh>` is THREE.Mesh), found in its
 * sources: every lowercase tag whose PascalCase name three exports. An SVG `<line>` or `<path>` of a
 * 2D drawing adds its namesake too, which costs a little size and never a missing element.
 */
export function usedThreeElements(srcDir: string, threeExports: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const file of tsxFiles(srcDir)) {
    for (const [, tag] of readFileSync(file, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
      const name = tag![0]!.toUpperCase() + tag!.slice(1);
      if (threeExports.has(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * Lets the bundler drop the parts of three.js the app never uses. React Three Fiber's `<Canvas>`
 * registers the whole THREE namespace as JSX elements (`extend(THREE)`), which keeps every class
 * of three in the 3D chunk. In the build, that call registers only the classes the app's JSX
 * names (`usedThreeElements`); the rest of three is tree-shaken as usual. The dev server keeps
 * fiber as it is (everything registered), which only ever allows more.
 */
export function threeCatalogue(srcDir: string): Plugin {
  return {
    name: 'gladi-three-catalogue',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === CATALOGUE ? `\0${CATALOGUE}` : null),
    async load(id) {
      if (id !== `\0${CATALOGUE}`) return null;
      const names = usedThreeElements(srcDir, new Set(Object.keys(await import('three'))));
      if (names.length === 0) throw new Error(`gladi-three-catalogue: no three.js element found in the JSX under ${srcDir}`);
      return `export { ${names.join(', ')} } from 'three';\n`;
    },
    transform(code, id) {
      if (!FIBER_CANVAS.test(id)) return null;
      const found = code.split(REGISTER_ALL).length - 1;
      if (found !== 1) {
        throw new Error(`gladi-three-catalogue: expected one \`${REGISTER_ALL}\` in ${id}, found ${found}; React Three Fiber changed, see tools/build/threeCatalogue.ts`);
      }
      return { code: `import * as gladiThreeCatalogue from '${CATALOGUE}';\n${code.replace(REGISTER_ALL, 'extend(gladiThreeCatalogue)')}`, map: null };
    },
  };
}
