/**
 * A machine's own palette merged over the shared one: its materials reach the file, a shared
 * name redefined is an error, names outside both palettes are type errors (checked by tsc through
 * the @ts-expect-error lines), and the file's material order follows first use, not the palette.
 */
import { describe, expect, it } from 'vitest';
import { ModelBuilder } from './modelBuilder.ts';
import type { Group } from './modelBuilder.ts';
import { linearRgb, plastic } from './palette.ts';
import type { MaterialOf } from './palette.ts';
import { pilotLamp } from './parts/controls.ts';

const OWN = { TestLens: plastic('#3FBF5C', 0.25), TestPaint: plastic('#A9C3B3', 0.6) } as const;
type TestGroup = Group<MaterialOf<typeof OWN>>;

/** A machine part: takes the machine's group, so it may use its own names. */
function ownPart(g: TestGroup): void {
  g.box('TestPaint', [10, 10, 10], [0, 5, 0]);
}

/** Never run: only there for tsc. */
export function typoPart(g: TestGroup): void {
  // @ts-expect-error a typo in a material name does not compile
  g.box('TestPaitn', [10, 10, 10], [0, 5, 0]);
}

describe('ModelBuilder with a machine palette', () => {
  it('writes the machine’s own materials with their spec, and the shared ones too', () => {
    const model = new ModelBuilder('Test', OWN);
    const root = model.root('Root');
    root.box('TestPaint', [10, 10, 10], [0, 5, 0]).box('Chrome', [5, 5, 5], [0, 20, 0]);
    // A shared part takes the machine's group and one of its own names.
    pilotLamp(root, 'Lamp', 'TestLens', [0, 40, 10]);
    const doc = model.finish();
    const paint = doc.getRoot().listMaterials().find((m) => m.getName() === 'TestPaint');
    expect(paint?.getBaseColorFactor()).toEqual([...linearRgb('#A9C3B3'), 1]);
    expect(paint?.getRoughnessFactor()).toBeCloseTo(0.6);
    expect(doc.getRoot().listMaterials().map((m) => m.getName()).sort()).toEqual(['Chrome', 'TestLens', 'TestPaint']);
  });

  it('refuses a machine palette that redefines a shared name', () => {
    const clash = { Chrome: plastic('#FF0000') };
    // @ts-expect-error a shared name in the machine's palette does not compile either
    expect(() => new ModelBuilder('Test', clash)).toThrow(/Chrome is in the shared palette already/);
  });

  it('keeps a group of a builder without the machine palette away from the machine’s parts', () => {
    const model = new ModelBuilder('Test');
    const shared = model.root('Root');
    // @ts-expect-error the group cannot take the machine's names
    ownPart(shared);
    // Past the types, the missing material is a build error, not a silent default.
    expect(() => model.finish()).toThrow(/TestPaint is in neither/);
  });

  it('orders the file’s materials by first use, whatever the palette’s order', () => {
    const build = (own: typeof OWN | { TestPaint: typeof OWN.TestPaint; TestLens: typeof OWN.TestLens }) => {
      const model = new ModelBuilder('Test', own);
      const root = model.root('Root');
      root.box('Chrome', [5, 5, 5], [0, 0, 0]);
      root.group('A').box('TestLens', [5, 5, 5], [0, 0, 0]);
      root.group('B').box('TestPaint', [5, 5, 5], [0, 0, 0]).box('LabelBlack', [5, 5, 5], [0, 0, 0]);
      return model.finish().getRoot().listMaterials().map((m) => m.getName());
    };
    const reversed = { TestPaint: OWN.TestPaint, TestLens: OWN.TestLens };
    expect(build(OWN)).toEqual(['Chrome', 'TestLens', 'LabelBlack', 'TestPaint']);
    expect(build(reversed)).toEqual(build(OWN));
  });
});
