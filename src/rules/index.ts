// `aftersales/rules`: the rule registry, every rule of the catalogue with its text, source, policy
// parameters and the library's reading. A subpath of its own because the texts are most of its
// weight (~6 kB gzipped) and deciding a case never reads them; `docs/rules.md` and `aftersales rules`
// are generated from it.
export { RULES, ruleById, type RuleEntry } from './catalogue.js';
