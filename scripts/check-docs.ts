// Every export is documented, and so is every field of every exported type (issue 16 item 5). Run
// by `npm run docs` after TypeDoc, on the JSON model it writes (typedoc.json `outputs`), so it sees
// exactly what each entry point exports. TypeDoc's own `notDocumented` check cannot be used: it
// also walks the inferred types of the zod schemas (`OrderSchema`'s zod internals), thousands of
// members no one reads; here a constant is documented by its own comment, and the fields that must
// be explained are those of exported interfaces and type aliases, at any depth.
//
//   tsx scripts/check-docs.ts [docs/api/api.json]
import { entryPoints, KIND, locationOf, type Comment, type Reflection, type SomeType } from './typedoc-model.js';

const DECLARATIONS: readonly number[] = [KIND.Enum, KIND.Variable, KIND.Function, KIND.Class, KIND.Interface, KIND.TypeAlias];

const path = process.argv[2] ?? 'docs/api/api.json';

const said = (c?: Comment): boolean =>
  (c?.summary?.some((part) => part.text.trim() !== '') ?? false) || (c?.blockTags?.some((t) => t.tag === '@deprecated') ?? false);
const documented = (r: Reflection): boolean =>
  said(r.comment) || (r.signatures ?? []).some((s) => said(s.comment)) || (r.type?.declaration?.signatures ?? []).some((s) => said(s.comment));

/** The object literals a type is made of: through unions, intersections, arrays and `readonly`, never through a named reference. */
function literalsOf(t: SomeType | undefined): Reflection[] {
  if (t === undefined) return [];
  if (t.type === 'reflection' && t.declaration !== undefined) return t.declaration.signatures === undefined ? [t.declaration] : [];
  if (t.type === 'union' || t.type === 'intersection') return (t.types ?? []).flatMap(literalsOf);
  if (t.type === 'array') return literalsOf(t.elementType);
  if (t.type === 'typeOperator') return literalsOf(t.target as SomeType);
  return [];
}

const missing: string[] = [];
let checked = 0;
const report = (where: string, r: Reflection): void => {
  missing.push(`  ${where}${locationOf(r)}`);
};
/** The fields of an exported type, and theirs in turn. */
function checkFields(owner: string, fields: readonly Reflection[]): void {
  for (const f of fields) {
    if (f.kind !== KIND.Property && f.kind !== KIND.Method) continue;
    checked++;
    if (!documented(f)) report(`${owner}.${f.name}`, f);
    for (const literal of literalsOf(f.type)) checkFields(`${owner}.${f.name}`, literal.children ?? []);
  }
}

for (const { entry, exports } of entryPoints(path)) {
  for (const r of exports) {
    if (!DECLARATIONS.includes(r.kind)) continue; // re-exports are documented where they point
    checked++;
    if (!documented(r)) report(`${entry}  ${r.name}`, r);
    if (r.kind === KIND.Interface || r.kind === KIND.Class) checkFields(`${entry}  ${r.name}`, r.children ?? []);
    // An alias of one object literal is converted with the literal's fields as its own children.
    if (r.kind === KIND.TypeAlias) for (const literal of [r, ...literalsOf(r.type)]) checkFields(`${entry}  ${r.name}`, literal.children ?? []);
  }
}

if (missing.length > 0) {
  console.error(`${missing.length} of ${checked} exports and fields have no documentation:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log(`docs: all ${checked} exports and fields are documented.`);
