// The part of TypeDoc's JSON model (docs/api/api.json) the doc checks read, and how they walk it:
// scripts/check-examples.ts (every public function has an @example) and scripts/check-docs.ts
// (every export and field is documented).
import { readFileSync } from 'node:fs';

export interface Comment {
  readonly summary?: readonly { readonly text: string }[];
  readonly blockTags?: readonly { readonly tag: string }[];
}
export interface SomeType {
  readonly type: string;
  readonly declaration?: Reflection;
  readonly types?: readonly SomeType[];
  readonly elementType?: SomeType;
  readonly target?: SomeType | number | object;
}
export interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly comment?: Comment;
  readonly signatures?: readonly { readonly comment?: Comment }[];
  readonly type?: SomeType;
  readonly sources?: readonly { readonly fileName: string; readonly line: number }[];
  readonly children?: readonly Reflection[];
}

// TypeDoc's ReflectionKind values (stable in its JSON schema).
export const KIND = { Module: 2, Enum: 8, Variable: 32, Function: 64, Class: 128, Interface: 256, Property: 1024, Method: 2048, TypeAlias: 2097152 } as const;

/** Each entry point (`aftersales`, `aftersales/testing`, …) with its exports, from the model at `path`. */
export function entryPoints(path: string): { readonly entry: string; readonly exports: readonly Reflection[] }[] {
  const project = JSON.parse(readFileSync(path, 'utf8')) as Reflection;
  // With several entry points the project's children are the modules; with one, the exports themselves.
  const modules = project.children?.every((c) => c.kind === KIND.Module) ? project.children : [{ ...project, name: 'index' }];
  return modules.map((m) => ({ entry: m.name === 'index' ? 'aftersales' : `aftersales/${m.name}`, exports: m.children ?? [] }));
}

/** Where a reflection is declared, for a report line: `  (src/file.ts:line)`, or nothing. */
export const locationOf = (r: Reflection): string => {
  const at = r.sources?.[0];
  return at ? `  (src/${at.fileName}:${at.line})` : '';
};
