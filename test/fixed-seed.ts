// Loaded by vitest.stryker.config.ts only: one fast-check seed for every property (see there why).
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_261_122 });
