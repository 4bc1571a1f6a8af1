// The slice of zod/mini the schemas use, re-exported by name so the build can inline just that slice
// (tsup.config.ts bundles this one module with zod): `import('aftersales')` then loads one file
// instead of zod's hundred, and a consumer's bundle carries no zod it does not call.
//
// This copy of zod is the package's own, so its configuration is too: zod/mini ships no messages
// ("Invalid input" for everything), so the schemas word theirs in ./messages.ts. Setting them here
// touches no zod instance but this one; a user's `z.config` neither reaches nor is reached by it.
import { config } from 'zod/mini';
import { inputMessage } from './messages.js';

config({ localeError: inputMessage });

export {
  array,
  boolean,
  discriminatedUnion,
  enum,
  looseObject,
  maximum,
  minimum,
  minLength,
  nonnegative,
  nullable,
  number,
  object,
  optional,
  positive,
  refine,
  string,
  superRefine,
} from 'zod/mini';
export type { output, ZodMiniNumber, ZodMiniType } from 'zod/mini';
