// aftersales/testing: fast-check arbitraries for property-testing services against aftersales.
// fast-check is an optional peer dependency: only this entry point needs it.
export { arbOrder, type OrderConstraints } from './arb-order.js';
export { arbRequest, arbOrderAndRequest, type RequestConstraints } from './arb-request.js';
export { arbPolicy } from './arb-policy.js';
export { arbPaymentsFor } from './money.js';
export { arbZone, arbWritten, arbDelay, arbInstantMs, SUPPORTED_YEARS, type InstantConstraints } from './instants.js';
export { arbEvents, type EventsConstraints } from './arb-events.js';
