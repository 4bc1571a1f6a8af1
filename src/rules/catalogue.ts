import { deepFreeze } from '../model/freeze.js';
// Generated once from the project's rules catalogue and maintained by hand since: the code's rule registry.
// `docs/rules.md` and `aftersales rules` are generated from this list, so they cannot drift from the code.

/** One rule of the registry: its ID, its text, its source, and the policy fields that tune it. */
export interface RuleEntry {
  /** The stable rule ID (`ELG-06`), which every reason, issue and effect of the rule carries. */
  readonly id: string;
  /** The rule as the catalogue states it. */
  readonly summary: string;
  /** Where the rule comes from: a law's article, a platform rule, or `design` for the library's own conventions. */
  readonly source: string;
  /** Policy fields (dotted paths) that parameterise the rule. */
  readonly parameters: readonly string[];
  /** How the library reads the rule where its wording leaves a case open, and why. */
  readonly reading?: string;
}

/** Every rule the library implements, in catalogue order (TIME, CAL, ELG, RFT, FRT, RSD, CSE, LOG, PEN, SLA). */
export const RULES: readonly RuleEntry[] = /* @__PURE__ */ deepFreeze([
  {
    id: "TIME-01",
    summary: "\"N days after signing\" counts from the day after the signing day: day 1 is the next local date; the window closes at 00:00 local of day N+1 (exclusive). Signed 2025-03-01 10:00 +08:00 → a 7-day window closes 2025-03-09T00:00+08:00. (Measures art. 10)",
    source: "Measures art. 10",
    parameters: ["timeZone"],
  },
  {
    id: "TIME-02",
    summary: "\"N hours\" is exact elapsed time from the triggering instant.",
    source: "design",
    parameters: [],
  },
  {
    id: "TIME-03",
    summary: "\"N calendar days\" from an instant keeps the local clock time: 2025-03-01T15:00 + 2 days = 2025-03-03T15:00 local.",
    source: "design",
    parameters: ["timeZone"],
  },
  {
    id: "TIME-04",
    summary: "\"N working days\" from an instant keeps the local clock time and lands on the Nth working day after the trigger's local date. Working day = Monday–Friday that is not a statutory holiday, plus make-up working days (调休), per CAL-01.",
    source: "design",
    parameters: ["timeZone"],
    reading:
      "A trigger on a non-working date counts from the first instant of the next working date. Keeping a weekend trigger's clock time would make a Saturday 00:30 trigger due before a Friday 23:00 one; a later trigger is never due sooner.",
  },
  {
    id: "TIME-05",
    summary: "A window marked *holiday-delayed* is pushed back by one day for every statutory-holiday date it overlaps, repeated until no new holiday date is covered.",
    source: "design",
    parameters: [],
    reading:
      "The clock stops on statutory holiday dates. For a window opening on an ordinary date this equals pushing it back one day per holiday date covered; for one opening inside a holiday, the clock starts when the holiday ends instead of counting the partial date as a whole day, so a later start never ends earlier.",
  },
  {
    id: "TIME-06",
    summary: "Results never depend on the host time zone or the host clock: every function takes the instant it reasons about.",
    source: "design (time conventions)",
    parameters: [],
  },
  {
    id: "CAL-01",
    summary: "China's statutory holidays and make-up working days for 2024, 2025 and 2026 exactly as announced by the State Council (table at the end of this file).",
    source: "State Council notices; cross-checked with the npm package `chinese-days` and the holiday-cn dataset",
    parameters: [],
  },
  {
    id: "CAL-02",
    summary: "Asking for a working-day computation that reaches outside the years the calendar covers is an error that names the uncovered date, never a silent guess. Callers can supply their own calendar (same interface) to extend coverage.",
    source: "design",
    parameters: [],
  },
  {
    id: "CAL-03",
    summary: "A year after the last announced one is provisional: its days off are computed from the law (放假办法, 2024 revision) and the customary blocks the annual notices build around them (春节 8 days from 除夕; 劳动节 05-01–05-05; 国庆 10-01–10-07, 8 days when 中秋 joins it; 元旦/清明/端午/中秋 joined to an adjacent weekend), with no make-up working days assumed. Lunar and solar-term dates come from a vetted table, not from `Intl`. Every answer that touched a provisional date says so, naming the years. The horizon is at least 10 years ahead.",
    source: "放假办法 arts. 2–3, 7; Xinhua 2024-11-12 on the arrangement principles",
    parameters: [],
    reading: "The construction errs late: a festival on Tuesday or Thursday takes the bridge day off too (notices pair it with a make-up day that may fall after it, as 2015-01-04 did), and one on Saturday or Sunday takes the Monday as its day in lieu, as every notice since 2010 has. The opt-in `cnProvisionalCalendar` carries 2027–2036; `cnCalendar` still ends with the last announced year.",
  },
  {
    id: "CAL-04",
    summary: "Calendar data loads at run time: a service can add a newly announced year (a holiday-cn `YYYY.json` file `{ year, papers, days: [{ name, date, isOffDay }] }`, or a plain list of the same facts) without a new release; loaded data replaces the provisional year and is validated with every problem reported by path.",
    source: "design",
    parameters: [],
    reading: "Loading over an announced year, or the same year twice, is refused (`year_announced`, `year_repeated`): to replace an announced year, build from a base without it. A loaded year must lie inside the base's coverage or directly after it, so coverage stays contiguous.",
  },
  {
    id: "ELG-01",
    summary: "An unpaid order has no after-sales.",
    source: "S0–S4",
    parameters: [],
  },
  {
    id: "ELG-02",
    summary: "A group-buy order still `pending` cannot be refunded by application; the buyer waits for the group to form.",
    source: "S4 §1",
    parameters: ["eligibility.groupBuy"],
  },
  {
    id: "ELG-03",
    summary: "A `failed` group buy is refunded by the system automatically (RFT-01); a manual application is refused and points to that refund.",
    source: "S4 §1",
    parameters: ["eligibility.groupBuy"],
  },
  {
    id: "ELG-04",
    summary: "Before shipment only `refund_only` applies, for any reason, at once.",
    source: "S4 §2.1",
    parameters: [],
  },
  {
    id: "ELG-05",
    summary: "Shipped but not signed: `refund_only` is conditional on the buyer refusing delivery (拒收); the merchant tells the courier. Return types wait for signing.",
    source: "S4 §2.2, S3",
    parameters: [],
  },
  {
    id: "ELG-06",
    summary: "`no_reason` return or exchange: within 7 days after signing (TIME-01).",
    source: "S1, S3, S4 §3; law floor 7",
    parameters: ["eligibility.noReasonWindowDays"],
  },
  {
    id: "ELG-07",
    summary: "Goods excluded from `no_reason` returns: custom-made; fresh/perishable; digital content downloaded or unsealed; delivered newspapers/periodicals. Also, only if the buyer confirmed it at checkout: goods whose unsealing affects health/safety or quality, goods that lose much value once activated or tried, goods sold with a disclosed near-expiry date or defect. Quality-type reasons stay eligible.",
    source: "S3 \"特殊情况除外\"; 消法 art. 25; Measures arts. 6–7",
    parameters: ["eligibility.excludedGoods", "eligibility.excludedIfConfirmed"],
  },
  {
    id: "ELG-08",
    summary: "A `no_reason` return requires the goods intact (完好): opened for inspection is still intact; seal-broken hygiene goods, removed tags, activation, damage are not. The merchant's claim that goods are not intact is a condition to verify, not an automatic denial.",
    source: "Measures arts. 8–9",
    parameters: [],
    reading:
      "Intactness is verified when the merchant receives the goods, so every no-reason return or exchange carries the condition `goods_intact_required`; it never denies up front.",
  },
  {
    id: "ELG-09",
    summary: "Fault reasons (`quality`, `wrong_item`, `not_as_described`, `damaged_in_transit`): a **return** (refund with the goods sent back) within the quality return window after signing.",
    source: "S1 §1.1; 消法 art. 24 (floor 7)",
    parameters: ["eligibility.qualityWindowDays"],
    reading:
      "Past the return window a fault return is denied, and the reason names the remedies still open (exchange, repair: ELG-17). A refund-only of signed goods is not a return and runs on no window (ELG-18).",
  },
  {
    id: "ELG-17",
    summary: "After the quality return window a fault is still remedied: an **exchange** or a **repair** is not denied because day 7 has passed; it stays open within the policy's exchange window and repair (warranty) window, and past them it is conditional on the merchant's warranty terms rather than denied outright. The floor: no policy may close exchange or repair for a fault at day 7; for goods under the 三包 rules the exchange window is at least 15 days and repair runs for the warranty period.",
    source: "消法 art. 24; 《部分商品修理更换退货责任规定》",
    parameters: ["eligibility.exchangeWindowDays", "eligibility.repairWindowDays"],
    reading:
      "Both windows count from signing as TIME-01 does (an exchange window of 15 closes at 00:00 of day 16). The packs' exchange window is the 三包 15 days; their repair window is our default of 365 days (the common 三包 whole-unit warranty), which a shop's own warranty overrides. `definePolicy` refuses either below 15 days: the exchange floor is 三包's, and a repair window shorter than the exchange's would close the lesser remedy first. Past its window the claim is conditional (`warranty_terms_apply`), never denied: whether the goods are still under the merchant's warranty is the merchant's to show.",
  },
  {
    id: "ELG-18",
    summary: "`refund_only` of goods the buyer has signed for (the buyer keeps them) is not a no-reason remedy: a `no_reason` refund-only after signing is denied and points to `return_refund` (no-reason means the goods go back, 消法 art. 25). For fault reasons it is a negotiated remedy (often a partial refund): conditional on the merchant's agreement. A `not_received` claim (tracking says signed, the buyer says nothing arrived) is not this case: it follows LOG-03 (verify with the courier before any remedy).",
    source: "S4 §2, S4 §3; 消法 art. 25; the platforms' 2024–2025 refund-only reforms",
    parameters: [],
    reading:
      "The fault reasons are those of ELG-16 (quality, wrong item, not as described, damaged in transit, counterfeit); `missing_item` is, like `not_received`, about goods the buyer never had and stays with the packing records. A refund-only of signed goods runs on no signing window: time neither opens nor closes a negotiation. Because it waits on the merchant's agreement, the merchant's silence at the CSE-01 timeout leaves it refused (`treat_as_refused`, the buyer may escalate under CSE-02) instead of the system agreeing; the silence still marks the service record (PEN-05).",
  },
  {
    id: "ELG-10",
    summary: "At most N after-sales cases per order that ended in a refund/return or an exchange; once reached, new applications are refused.",
    source: "S1 \"三次\"",
    parameters: ["eligibility.maxCasesPerOrder"],
  },
  {
    id: "ELG-11",
    summary: "An after-sales entry closed by the platform (window over, limit reached, abuse) cannot be reopened by the buyer; the decision points to contacting the merchant or platform service.",
    source: "S1",
    parameters: [],
  },
  {
    id: "ELG-12",
    summary: "Repeated applications on the same item in a short period mark the buyer for abuse review (policy: count and period); the result is a warning reason, and closing the entry is the platform's act (ELG-11).",
    source: "S1",
    parameters: ["eligibility.repeatedApplications"],
    reading:
      "The application being judged counts: with PDD's 3 in 30 days, the third application on the same item within 30 calendar days (TIME-03) warns.",
  },
  {
    id: "ELG-13",
    summary: "The refund asked for is positive and at most what was paid minus what was already refunded.",
    source: "S1, invariants",
    parameters: [],
    reading:
      "Money-moving types only (refund-only, return-and-refund, counterfeit claim); an absent amount means everything still refundable, so a fully refunded order is denied.",
  },
  {
    id: "ELG-14",
    summary: "`resend` applies only to a shipped order whose reason is `missing_item` (or `damaged_in_transit` where the policy allows).",
    source: "S1 补寄",
    parameters: ["eligibility.resendReasons"],
  },
  {
    id: "ELG-15",
    summary: "`counterfeit_claim` needs an appraisal result that confirms counterfeit; without it the verdict is conditional on appraisal.",
    source: "S3 假一赔十",
    parameters: [],
  },
  {
    id: "ELG-16",
    summary: "A claim of fault (`quality`, `wrong_item`, `not_as_described`, `damaged_in_transit`, `counterfeit`) with no evidence item (photo, video or appraisal) is conditional on evidence; the merchant may refuse a claim it cannot verify (虚假售后). `missing_item` and `not_received` are checked against packing and courier records instead (RSD, LOG-03).",
    source: "S1 §2.2, S2 §3.1",
    parameters: [],
  },
  {
    id: "RFT-01",
    summary: "Failed group buy: the system issues the refund within 24 h of failure; WeChat Pay money arrives 1–3 minutes after issue, so the WeChat window is failure + 1 min … failure + 24 h 3 min; other methods: issue within 24 h, then that method's approved-refund rule.",
    source: "S4 §1",
    parameters: ["refund.groupBuyFailed"],
  },
  {
    id: "RFT-02",
    summary: "Refund approved, original route (WeChat Pay, Alipay, platform balance): arrives within 24 h of approval, holiday-delayed (TIME-05).",
    source: "S4 §2.1",
    parameters: ["refund.originalRoute"],
  },
  {
    id: "RFT-03",
    summary: "Debit card: 2–6 calendar days after approval.",
    source: "S4 §2.1",
    parameters: ["refund.cardDays"],
  },
  {
    id: "RFT-04",
    summary: "Credit card: 3–7 calendar days after approval.",
    source: "S4 §2.1",
    parameters: ["refund.cardDays"],
  },
  {
    id: "RFT-05",
    summary: "General processing: refunds complete 1–3 working days after approval (TIME-04).",
    source: "S1 §1.3, S3 FAQ 2",
    parameters: ["refund.processingWorkingDays"],
  },
  {
    id: "RFT-06",
    summary: "Return flows: the refund clock starts when the merchant confirms receipt of the returned goods; the merchant must refund within 7 days of receiving them (legal ceiling). On a case this ceiling is a deadline on the merchant, and missing it is a violation.",
    source: "S3 flow; Measures art. 13",
    parameters: ["refund.refundAfterReceiptDays"],
    reading:
      "The deadline runs from the instant the case enters `refunding` with the goods back: the merchant's receipt, the system's deemed receipt at the CSE-04 timeout, or the ruling for the buyer after a dispute over the goods' condition (the merchant owed no refund before it). Its last instant is on time. Its timeout records `refundOverdueAt` and ends the wait, as CSE-03's does; the refund is still owed and `refund_paid` is still accepted. `findViolations` reports `refund_overdue` (rule RFT-06, sanction `service_record_mark`) at that timeout, or at a refund paid past the ceiling on a record that skipped it; it is no penalty rule, so FRT-05 moves no freight.",
  },
  {
    id: "RFT-07",
    summary: "The refund goes back by the original payment method; a mixed payment is split per method.",
    source: "Measures art. 14",
    parameters: [],
  },
  {
    id: "FRT-01",
    summary: "`no_reason` return or exchange: the buyer pays the return leg (and for an exchange, the buyer pays both legs unless the policy says otherwise).",
    source: "S1 §1.2, S4 §3; 消法 art. 25",
    parameters: ["freight.exchangeBuyerPaysBothLegs"],
  },
  {
    id: "FRT-02",
    summary: "`quality` or `wrong_item` (also `not_as_described`, `damaged_in_transit`, `counterfeit`): the merchant pays the round trip.",
    source: "S1, S4 §3; 消法 art. 24",
    parameters: [],
  },
  {
    id: "FRT-03",
    summary: "Freight insurance active on the order pays the buyer's return postage; the payer of record stays as FRT-01 says, the buyer is reimbursed. A merchant's insurance subscription runs in weekly periods and covers only orders placed inside a paid period.",
    source: "S4 §6",
    parameters: ["freight.insurancePeriodDays"],
  },
  {
    id: "FRT-04",
    summary: "PDD return-freight subsidy (退货包运费): the platform bears the return postage; the subsidy is computed from pickup and store addresses and paid to the buyer's payment account within 24 h after the merchant agrees and gives a return address. On a case, that agreement puts the platform's subsidy payout (due +24 h) among the case's deadlines and effects.",
    source: "S4 §6",
    parameters: ["freight.returnFreightSubsidy"],
    reading:
      "A case is subsidised when `assignFreight` makes the platform the return leg's payer at opening (a no-reason return or exchange on an order carrying the subsidy); the payout hours are captured in the case's terms. Entering `awaiting_return` — the merchant's agreement with an address, the system's at the CSE-01 timeout (the merchant's default address), or a ruling for the buyer — emits `pay_freight_subsidy` due +24 h. `deadlines()` lists it (party `platform`) while the goods travel back and the record has not passed it; no event marks it paid, so no timeout fires it.",
  },
  {
    id: "FRT-05",
    summary: "When a penalty rule applies to the merchant, the merchant refunds the buyer's freight.",
    source: "S4 §3",
    parameters: [],
  },
  {
    id: "FRT-06",
    summary: "`resend`: the merchant pays the reshipment.",
    source: "S1 补寄",
    parameters: [],
  },
  {
    id: "FRT-07",
    summary: "Free shipping won by a threshold that the return breaks: the merchant may deduct the outbound postage from the refund.",
    source: "Measures art. 18",
    parameters: ["freight.deductOutboundPostage"],
  },
  {
    id: "RSD-01",
    summary: "The buyer applies for a resend; or the merchant applies on the buyer's behalf from chat (order, type resend, reason, address) and the case waits for the buyer to confirm; the buyer may decline.",
    source: "S1",
    parameters: ["case.buyerConfirmationHours"],
  },
  {
    id: "RSD-02",
    summary: "The merchant must confirm stock before agreeing; agreement without confirmed stock is refused. Out of stock → offer refund instead.",
    source: "S1",
    parameters: [],
  },
  {
    id: "RSD-03",
    summary: "Agreement creates the resend order and notifies the buyer.",
    source: "S1",
    parameters: [],
  },
  {
    id: "RSD-04",
    summary: "The resend is shipped only with a carrier and tracking number; the number is recorded and told to the buyer.",
    source: "S1",
    parameters: [],
  },
  {
    id: "RSD-05",
    summary: "Every step records its instant: application, confirmation, stock check, agreement, shipment, tracking number. The record is the audit trail for disputes.",
    source: "S1",
    parameters: [],
  },
  {
    id: "RSD-06",
    summary: "A `missing_item` case that reaches platform intervention without a resend exposes the merchant to a fake-shipment finding (PEN-02).",
    source: "S1",
    parameters: [],
  },
  {
    id: "CSE-01",
    summary: "The merchant must answer an application within the response window; on timeout the system agrees automatically.",
    source: "S3 (72 h); PDD API `expire_time` + system operator",
    parameters: ["case.merchantResponseHours"],
    reading:
      "`dueAt` is the last on-time instant: an answer at exactly 48 h (PDD) or 72 h (Taobao) is on time, and `advanceTo(dueAt)` fires the timeout.",
  },
  {
    id: "CSE-02",
    summary: "A refused case can be escalated by the buyer to platform intervention.",
    source: "S3, S1",
    parameters: ["case.escalationDays"],
  },
  {
    id: "CSE-03",
    summary: "In intervention the merchant must submit evidence (courier receipts, logistics seals, third-party proof) within 48 h of the work order; later evidence is refused.",
    source: "S4 §4",
    parameters: ["case.evidenceHours"],
  },
  {
    id: "CSE-04",
    summary: "Return flow: agreed → buyer ships back with tracking → merchant confirms receipt → refund (RFT-06).",
    source: "S3",
    parameters: ["case.buyerReturnShipmentDays", "case.merchantReceiptDays"],
  },
  {
    id: "CSE-05",
    summary: "Exchange flow: return leg as CSE-04, then the merchant ships the replacement with tracking.",
    source: "S1, S3",
    parameters: [],
  },
  {
    id: "CSE-06",
    summary: "Every transition is a recorded event with its instant; the state of a case is the fold of its events; an event that is not allowed in the current state is refused with a reason and changes nothing.",
    source: "S1 §2.5 \"有据可查\"",
    parameters: [],
  },
  {
    id: "CSE-07",
    summary: "After a case ends, a follow-up visit and a review invitation are due (service steps: contact & apologise → verify & assign liability → agree a remedy → follow up → revisit & invite review).",
    source: "S0",
    parameters: ["case.followUpDays"],
  },
  {
    id: "CSE-08",
    summary: "Liability: each case records the liable party (`buyer`, `merchant`, `courier`, `platform`); the remedy and freight follow it.",
    source: "S0 §2.2",
    parameters: [],
  },
  {
    id: "LOG-01",
    summary: "Parcel late → chase the courier and report the cause to the buyer.",
    source: "S3",
    parameters: [],
  },
  {
    id: "LOG-02",
    summary: "Buyer asks where it is → trace and report.",
    source: "S3",
    parameters: [],
  },
  {
    id: "LOG-03",
    summary: "Tracking says signed, buyer says not received → ask the buyer for details and verify with the courier before any remedy.",
    source: "S3",
    parameters: [],
  },
  {
    id: "LOG-04",
    summary: "Lost or damaged in transit → courier liability toward the merchant, merchant remedies the buyer; record the packaging feedback.",
    source: "S3; 民法典 art. 604",
    parameters: [],
  },
  {
    id: "LOG-05",
    summary: "Refused at the door → return flow per platform rules.",
    source: "S3, S4 §2.2",
    parameters: [],
  },
  {
    id: "PEN-01",
    summary: "A merchant chat message that steers the buyer to another platform or another way of paying (contact handles, phone numbers, payment outside the platform, links) is an off-platform-trade violation. Sanctions: close the transaction, restrict withdrawals, take goods off sale, ban listing, and a deposit of ¥100,000.",
    source: "S4 §5",
    parameters: ["penalties.offPlatformTrade", "penalties.ownMarketplaces"],
  },
  {
    id: "PEN-02",
    summary: "Fake shipment: a `missing_item` case decided for the buyer in intervention, with no resend shipped, is a fake-shipment finding against the merchant.",
    source: "S1",
    parameters: [],
    reading:
      "Any case whose reason is `missing_item`, ruled for the buyer in intervention with no merchant shipment recorded before the ruling; found once per case.",
  },
  {
    id: "PEN-03",
    summary: "Evidence window missed: intervention is decided on the buyer's evidence.",
    source: "S4 §4",
    parameters: [],
    reading:
      "Judged per intervention round from the history: a window that closed with no merchant evidence and was then ruled for the buyer.",
  },
  {
    id: "PEN-04",
    summary: "Counterfeit confirmed: the merchant refunds and pays N× the item price (at least the legal 3× and ¥500).",
    source: "S3; 消法 art. 55",
    parameters: ["penalties.counterfeit"],
    reading:
      "The amount is the one the case paid when it opened (multiple × price of the claimed items, rounded up to the fen, at least the legal 3× and ¥500), so a later policy version cannot change it.",
  },
  {
    id: "PEN-05",
    summary: "Merchant response timeout (CSE-01) counts against the merchant's service record.",
    source: "S3, S1 §1.4",
    parameters: [],
    reading:
      "One violation per CSE-01 timeout; it stands whatever the case's outcome.",
  },
  {
    id: "SLA-01",
    summary: "A complaint has a type (`quality`, `logistics_delay`, `after_sales_service`) and a channel (`online`, `phone`, `email`, `social`).",
    source: "S2 §1.2, §2",
    parameters: [],
  },
  {
    id: "SLA-02",
    summary: "Targets, each over the complaints or cases it names: first reply to **quality** complaints within 24 h for 80 %; 75 % of **quality** complaints resolved within 3 working days (S2 §2.1 states both figures for quality complaints); 95 % of return/exchange applications reviewed and processed within 7 working days (S2 §2.3); 90 % of **logistics-delay** complaints resolved satisfactorily for the buyer (S2 §2.2). A target with no decidable record reports no share (null), never 100 %.",
    source: "S2",
    parameters: ["serviceLevels.firstReply", "serviceLevels.resolution", "serviceLevels.returnProcessing", "serviceLevels.logisticsDelay"],
    reading:
      "“Satisfactorily for the buyer” is read from the record's `resolvedFor: 'buyer'`; the target has no deadline, so a logistics-delay complaint is decided once it is resolved (by the report instant) with a side, and one resolved without `resolvedFor` is not counted. After-sales-service complaints fall in no target's scope.",
  },
  {
    id: "SLA-03",
    summary: "A service-level report over a batch of cases gives, per target, the share met, the target, and the cases that missed it.",
    source: "design",
    parameters: [],
  },
  {
    id: "SLA-04",
    summary: "A logistics delay complaint resolved for the buyer may carry a coupon compensation (amount from policy).",
    source: "S2 §2.2",
    parameters: ["serviceLevels.logisticsDelayCouponFen"],
  },
]);

/**
 * The catalogue entry for a rule ID.
 *
 * @example
 * ruleById('ELG-06')?.summary // → '`no_reason` return or exchange: within 7 days after signing (TIME-01).'
 * ruleById('XYZ-99') // → undefined
 */
export const ruleById = (id: string): RuleEntry | undefined => RULES.find((r) => r.id === id);
