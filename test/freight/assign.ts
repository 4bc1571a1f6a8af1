import { assignFreight as assignFreightResult } from '../../src/freight/assign-freight.js';
import { unwrap } from '../results.js';

/** `assignFreight` answers with a Result; tests that call it with valid options read its value. */
export const assignFreight = (...a: Parameters<typeof assignFreightResult>) => unwrap(assignFreightResult(...a));
