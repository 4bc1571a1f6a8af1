// Loaded by vitest.stryker.config.ts only, before each test file: the test files share one worker
// (`isolate: false`), and this gives each file fresh library modules all the same. A few modules keep
// memos (zone offsets, compiled calendars, the screener's folding): shared between files, a memo filled
// under one mutant would be read under the next, and the code that fills it would run for the first
// file only.
import { vi } from 'vitest';

vi.resetModules();
