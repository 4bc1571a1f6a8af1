// `aftersales/screening`: off-platform screening of chat messages (PEN-01). A subpath of its own
// because its lexicons are most of the library's bytes (~8 kB of 43 kB gzipped) and deciding
// eligibility, refunds, freight or a case never needs them; `findViolations` judges a case's record
// without them. The types stay importable from the main entry as well.
export { screenMessage } from '../penalties/screen-message.js';
export { SCREEN_FINDING_KINDS, MAX_FINDINGS, type ScreenFindingKind, type ScreenFinding, type ScreenResult, type ChatMessage } from '../penalties/screen-finding.js';
