import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseRequiredUse, satisfiesRequiredUse, evaluateRequiredUse } from '../../src/core/requiredUse';
import { matrixInputFromEbuild, packageUseLine, parseIuse, useMatrix } from '../../src/core/useMatrix';
import { isUserError } from '../../src/core/userError';

const use = (on: string, all: string) => new Map(all.split(' ').map((f) => [f, on.split(' ').includes(f)] as [string, boolean]));

// Every assignment of `flags`, for checking the evaluator against a direct reading of the rules.
function* assignments(flags: string[]): Generator<Map<string, boolean>> {
  for (let bits = 0; bits < 1 << flags.length; bits++) yield new Map(flags.map((f, i) => [f, Boolean(bits & (1 << i))] as [string, boolean]));
}

describe('REQUIRED_USE', () => {
  test('each operator means what PMS says', () => {
    const all = 'a b c';
    const cases: [string, string, boolean][] = [
      ['|| ( a b )', '', false], ['|| ( a b )', 'b', true],
      ['^^ ( a b c )', 'a b', false], ['^^ ( a b c )', 'c', true], ['^^ ( a b c )', '', false],
      ['?? ( a b )', '', true], ['?? ( a b )', 'a b', false], ['?? ( a b )', 'a', true],
      ['a? ( b )', 'a', false], ['a? ( b )', '', true], ['a? ( b )', 'a b', true],
      ['!a? ( b )', '', false], ['!a? ( b )', 'b', true], ['!a? ( b )', 'a', true],
      ['a? ( !b c )', 'a c', true], ['a? ( !b c )', 'a b c', false],
      ['a? ( || ( b ( c !b ) ) )', 'a c', true], ['a? ( || ( b ( c !b ) ) )', 'a', false],
      ['^^ ( a? ( b ) c )', 'a b', true], ['^^ ( a? ( b ) c )', 'a b c', false],
      // A conditional group whose condition is off does not count inside ^^.
      ['^^ ( a? ( b ) c )', 'c', true], ['^^ ( a? ( b ) c )', '', false],
      ['a b', 'a', false], ['!c', 'c', false],
    ];
    for (const [expr, on, want] of cases) {
      assert.equal(satisfiesRequiredUse(parseRequiredUse(expr), use(on, all)), want, `${expr} with USE="${on}"`);
    }
  });

  test('with some flags unknown, the answer is known only when every completion agrees', () => {
    const exprs = ['|| ( a b ) c? ( !a )', '^^ ( a b? ( c ) )', '?? ( a b c )', 'a? ( b? ( c ) )', '!a? ( ^^ ( b c ) )'];
    for (const expr of exprs) {
      const nodes = parseRequiredUse(expr);
      for (const full of assignments(['a', 'b', 'c'])) {
        const partial = new Map(full);
        partial.delete('c');
        const outcomes = new Set([true, false].map((c) => satisfiesRequiredUse(nodes, new Map(partial).set('c', c))));
        const v = evaluateRequiredUse(nodes, partial);
        if (v !== undefined) assert.deepEqual([...outcomes], [v], `${expr} ${[...partial]}`);
      }
    }
  });

  test('malformed REQUIRED_USE is a clear error naming the problem', () => {
    for (const [bad, what] of [['|| a b', /must be followed by/], ['a? ( b', /never closed/], ['a )', /closes nothing/], ['fo%o', /not a USE flag/]] as const) {
      assert.throws(() => parseRequiredUse(bad), (e: unknown) => isUserError(e) && what.test(e.message) && e.code === 'bad-required-use');
    }
  });
});

describe('USE matrix', () => {
  const ebuild = `EAPI=8
IUSE="+ssl gnutls -static doc"
IUSE+=" test"
REQUIRED_USE="
	?? ( ssl gnutls )
	static? ( !doc )
	test? ( || ( ssl gnutls ) )
"
`;

  test('reads IUSE defaults and REQUIRED_USE from ebuild text, including += and multi-line values', () => {
    const input = matrixInputFromEbuild(ebuild);
    assert.deepEqual(input.iuse, [
      { name: 'ssl', default: true }, { name: 'gnutls', default: false }, { name: 'static', default: false },
      { name: 'doc', default: false }, { name: 'test', default: false },
    ]);
    assert.equal(parseIuse('+a -b c $(x)').length, 3);
  });

  test('defaults first, then each flag flipped, repaired when REQUIRED_USE needs it, then a seeded sample; all valid, none twice', () => {
    const input = matrixInputFromEbuild(ebuild);
    const m = useMatrix(input, { seed: 7 });
    const names = m.combinations.map((c) => c.name);
    assert.equal(names[0], 'defaults');
    assert.deepEqual(m.combinations[0].use, { ssl: true, gnutls: false, static: false, doc: false, test: false });
    assert.ok(names.includes('-ssl'));
    assert.ok(names.includes('+gnutls (also -ssl)'), names.join(' | '));
    assert.ok(names.includes('+static'));
    assert.ok(names.includes('+test'));
    assert.ok(names.some((n) => n.startsWith('random')));
    const keys = new Set<string>();
    for (const c of m.combinations) {
      assert.ok(satisfiesRequiredUse(input.requiredUse, new Map(Object.entries(c.use))), c.name);
      const k = JSON.stringify(c.use);
      assert.ok(!keys.has(k), `duplicate ${c.name}`);
      keys.add(k);
    }
    // Same seed → same matrix; --max keeps the first ones.
    assert.deepEqual(useMatrix(input, { seed: 7 }), m);
    assert.deepEqual(useMatrix(input, { seed: 7, max: 3 }).combinations, m.combinations.slice(0, 3));
  });

  test('a flip no valid combination allows is reported, not built', () => {
    const m = useMatrix(matrixInputFromEbuild('IUSE="+a b"\nREQUIRED_USE="a !b"'));
    assert.deepEqual(m.combinations.map((c) => c.name), ['defaults']);
    assert.equal(m.impossible.length, 2);
    assert.match(m.impossible[0], /^-a: REQUIRED_USE/);
  });

  test('defaults that break REQUIRED_USE are adjusted, and the name says how', () => {
    const m = useMatrix(matrixInputFromEbuild('IUSE="x y"\nREQUIRED_USE="^^ ( x y )"'), { samples: 0 });
    assert.match(m.combinations[0].name, /^defaults \(adjusted: [xy]\)$/);
    assert.equal(m.combinations[0].changes.length, 1);
  });

  test('a REQUIRED_USE that no combination satisfies is a clear error', () => {
    assert.throws(
      () => useMatrix(matrixInputFromEbuild('IUSE="a b"\nREQUIRED_USE="^^ ( a b ) a? ( b ) b? ( a )"')),
      (e: unknown) => isUserError(e) && e.code === 'required-use-unsatisfiable' && /No USE combination satisfies/.test(e.message),
    );
  });

  test('the package.use line pins every flag of the combination for the atom', () => {
    const m = useMatrix(matrixInputFromEbuild('IUSE="+a b"'), { samples: 0 });
    assert.equal(packageUseLine('=app-misc/matrix-1.0', m.combinations[1]), '=app-misc/matrix-1.0 -a -b');
  });
});
