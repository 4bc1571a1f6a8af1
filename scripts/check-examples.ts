// Every public function carries an `@example` in its JSDoc (issue 6, Docs). Run by `npm run docs`
// after TypeDoc, on the JSON model TypeDoc writes next to the HTML (typedoc.json `outputs`), so it
// sees exactly the exports of each entry point (`aftersales`, `aftersales/testing`) — functions and
// constants whose value is a function (`export const parseOrder = …`) alike.
//
//   tsx scripts/check-examples.ts [docs/api/api.json]
import { entryPoints, KIND, locationOf, type Comment, type Reflection } from './typedoc-model.js';

const path = process.argv[2] ?? 'docs/api/api.json';

const hasExample = (c?: Comment): boolean => c?.blockTags?.some((t) => t.tag === '@example') ?? false;

/** The call signatures of an exported function or function-valued constant; none for anything else. */
const signaturesOf = (r: Reflection): readonly { readonly comment?: Comment }[] => {
  if (r.kind === KIND.Function) return r.signatures ?? [];
  if (r.kind === KIND.Variable && r.type?.type === 'reflection') return r.type.declaration?.signatures ?? [];
  return [];
};

let functions = 0;
const missing: string[] = [];
for (const { entry, exports } of entryPoints(path)) {
  for (const r of exports) {
    const signatures = signaturesOf(r);
    if (signatures.length === 0) continue;
    functions++;
    if (hasExample(r.comment) || signatures.some((s) => hasExample(s.comment))) continue;
    missing.push(`  ${entry}  ${r.name}${locationOf(r)}`);
  }
}

if (missing.length > 0) {
  console.error(`${missing.length} of ${functions} public functions have no @example in their JSDoc:\n${missing.join('\n')}`);
  process.exit(1);
}
console.log(`@example: all ${functions} public functions have one.`);
