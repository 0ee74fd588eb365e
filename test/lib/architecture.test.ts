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

/** The runtime module specifiers of a file's top-level import and export statements, plus dynamic import()s. */
export function runtimeImports(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) out.push(node.moduleSpecifier.text);
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

  it('has no runtime import circle', () => {
    const graph = new Map([...imports].map(([f, specs]) => [relative(LIB, f), specs.map((s) => resolveFile(f, s)).filter((x): x is string => x !== null).map((x) => relative(LIB, x))]));
    expect(cycles(graph)).toEqual([]);
  });
});
