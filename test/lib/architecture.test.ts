// The engine's shape: src/lib imports nothing of the page (DOM, Svelte, comlink, ui/, worker/), and its modules
// import each other without a runtime circle. Type-only imports (`import type`, `export type`) vanish at build time,
// so they may go both ways; any other import, even `import { type X }` (kept by verbatimModuleSyntax), counts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const LIB = resolve('src/lib');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The module specifiers of a file's import and export statements and dynamic import()s: the runtime ones, or with
 * `types`, the type-only ones too.
 */
export function runtimeImports(source: string, types = false): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && (types || !node.importClause?.isTypeOnly) && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && (types || !node.isTypeOnly) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The file a relative specifier names (`./x` -> x.ts or x/index.ts), or null for a package. */
function resolveFile(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch { /* try the next form */ }
  }
  throw new Error(`${relative(LIB, from)} imports ${spec}, which is no file`);
}

/** Every cycle's smallest witness: for each strongly connected component with more than one file (or a self-loop), one cycle through it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>();
  const out: string[][] = [];
  const strong = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) !== idx.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      on.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) strong(v);
  return out;
}

describe('runtimeImports()', () => {
  it('keeps value imports, re-exports and dynamic imports, and drops type-only ones', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C } from './c';",
      "export { d } from './d';",
      "export type { E } from './e';",
      "export * from './f';",
      "import './g';",
      "const h = () => import('./h');",
    ].join('\n');
    expect(runtimeImports(source)).toEqual(['./a', './c', './d', './f', './g', './h']);
    expect(runtimeImports(source, true)).toEqual(['./a', './b', './c', './d', './e', './f', './g', './h']);
  });
});

describe('cycles()', () => {
  it('finds a circle of three files and a self-import, and nothing in a tree', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a', 'd']], ['d', []], ['e', ['e']]]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(cycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });
});

describe('src/lib', () => {
  const all = files(LIB);
  const imports = new Map(all.map((f) => [f, runtimeImports(readFileSync(f, 'utf8'))]));

  it('imports nothing of the page: no DOM, Svelte, comlink, ui/ or worker/ module', () => {
    const bad = [...imports].flatMap(([f, specs]) => specs
      .filter((s) => /^svelte(\/|$)|\.svelte(\.ts)?$|^comlink$|^node:/.test(s) || (s.startsWith('.') && !resolve(dirname(f), s).startsWith(LIB)))
      .map((s) => `${relative(LIB, f)} imports ${s}`));
    expect(bad).toEqual([]);
  });

  const graphOf = (specsOf: (file: string) => string[]) => new Map(all.map((f) => [relative(LIB, f),
    specsOf(f).map((s) => resolveFile(f, s)).filter((x): x is string => x !== null).map((x) => relative(LIB, x))]));

  it('has no runtime import circle', () => {
    expect(cycles(graphOf((f) => imports.get(f) ?? []))).toEqual([]);
  });

  it('has no import circle even through types, but for the sentences: every module may name the Msg type', () => {
    // messages.ts builds Msg from the template tables, whose parameters name domain types that in turn hold Msgs:
    // a circle of types only, which is how a sentence type and its data have to refer to each other.
    const withTypes = graphOf((f) => runtimeImports(readFileSync(f, 'utf8'), true));
    for (const [file, targets] of withTypes) {
      const runtime = new Set((imports.get(join(LIB, file)) ?? []).map((s) => resolveFile(join(LIB, file), s)).map((x) => x && relative(LIB, x)));
      withTypes.set(file, targets.filter((t) => t !== 'messages.ts' || runtime.has(t)));
    }
    expect(cycles(withTypes)).toEqual([]);
  });
});
