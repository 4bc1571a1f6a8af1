// Every public function carries an `@example` in its JSDoc (issue 6, Docs). Run by `npm run docs`
// after TypeDoc, on the JSON model TypeDoc writes next to the HTML (typedoc.json `outputs`), so it
// sees exactly the exports of each entry point (`aftersales`, `aftersales/testing`) — functions and
// constants whose value is a function (`export const parseOrder = …`) alike.
//
//   tsx scripts/check-examples.ts [docs/api/api.json]
import { readFileSync } from 'node:fs';

interface Comment {
  readonly blockTags?: readonly { readonly tag: string }[];
}
interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly comment?: Comment;
  readonly signatures?: readonly { readonly comment?: Comment }[];
  readonly type?: { readonly type: string; readonly declaration?: Reflection };
  readonly sources?: readonly { readonly fileName: string; readonly line: number }[];
  readonly children?: readonly Reflection[];
}

// TypeDoc's ReflectionKind values (stable in its JSON schema).
const KIND = { Module: 2, Variable: 32, Function: 64 } as const;

const path = process.argv[2] ?? 'docs/api/api.json';
const project = JSON.parse(readFileSync(path, 'utf8')) as Reflection;

const hasExample = (c?: Comment): boolean => c?.blockTags?.some((t) => t.tag === '@example') ?? false;

/** The call signatures of an exported function or function-valued constant; none for anything else. */
const signaturesOf = (r: Reflection): readonly { readonly comment?: Comment }[] => {
  if (r.kind === KIND.Function) return r.signatures ?? [];
  if (r.kind === KIND.Variable && r.type?.type === 'reflection') return r.type.declaration?.signatures ?? [];
  return [];
};

// With two entry points the project's children are the modules; with one, the exports themselves.
const modules = project.children?.every((c) => c.kind === KIND.Module) ? project.children : [{ ...project, name: 'index' }];
const entry = (module: string): string => (module === 'index' ? 'aftersales' : `aftersales/${module}`);

let functions = 0;
const missing: string[] = [];
for (const module of modules) {
  for (const r of module.children ?? []) {
    const signatures = signaturesOf(r);
    if (signatures.length === 0) continue;
    functions++;
    if (hasExample(r.comment) || signatures.some((s) => hasExample(s.comment))) continue;
    const at = r.sources?.[0];
    missing.push(`  ${entry(module.name)}  ${r.name}${at ? `  (src/${at.fileName}:${at.line})` : ''}`);
  }
}

if (missing.length > 0) {
  console.error(`${missing.length} of ${functions} public functions have no @example in their JSDoc:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log(`@example: all ${functions} public functions have one.`);
