import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { threeCatalogue, usedThreeElements } from './threeCatalogue.ts';

const dir = mkdtempSync(join(tmpdir(), 'gladi-catalogue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('three catalogue', () => {
  it("finds the three.js classes a source tree's JSX names, in nested folders, and nothing else", () => {
    mkdirSync(join(dir, 'scene'));
    writeFileSync(join(dir, 'scene', 'Stage.tsx'), 'export const S = () => (<group>\n<mesh position={[0, 1, 0]}><boxGeometry /></mesh><ambientLight intensity={1}/></group>);');
    writeFileSync(join(dir, 'Panel.tsx'), 'export const P = () => <div><button>ok</button><svg><rect /></svg></div>;');
    writeFileSync(join(dir, 'notJsx.ts'), 'const x = "<pointLight>";');
    const three = new Set(['Mesh', 'Group', 'BoxGeometry', 'AmbientLight', 'PointLight', 'Vector3']);
    expect(usedThreeElements(dir, three)).toEqual(['AmbientLight', 'BoxGeometry', 'Group', 'Mesh']);
  });

  it("rewrites fiber's whole-namespace registration once, and fails the build when fiber no longer has it", () => {
    const transform = threeCatalogue(dir).transform as (code: string, id: string) => { code: string } | null;
    const fiber = '/r/node_modules/@react-three/fiber/dist/react-three-fiber.esm.js';
    const out = transform('import * as THREE from "three";\nReact.useMemo(() => extend(THREE), []);', fiber);
    expect(out?.code).toContain('extend(gladiThreeCatalogue)');
    expect(out?.code).not.toContain('extend(THREE)');
    expect(transform('extend(THREE)', '/r/src/other.ts')).toBeNull();
    expect(() => transform('React.useMemo(() => extend(ALL), []);', fiber)).toThrow(/expected one `extend\(THREE\)`/);
  });
});
