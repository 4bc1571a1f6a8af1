import { describe, expectTypeOf, it } from 'vitest';
import type * as z from '../../src/model/zod.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import type {
  BuyerConfirmedEvent,
  BuyerDeclinedEvent,
  BuyerRefusedDeliveryEvent,
  BuyerShippedEvent,
  BuyerWithdrewEvent,
  CaseEvent,
  CaseEventSchema,
  CaseEventType,
  CaseRecord,
  CaseRecordSchema,
  ComplaintRecord,
  ComplaintRecordSchema,
  CourierVerifiedEvent,
  DeliveredEvent,
  EventOf,
  EvidenceSubmittedEvent,
  InterventionRequestedEvent,
  MerchantAgreedEvent,
  MerchantFollowedUpEvent,
  MerchantReceivedEvent,
  MerchantRefusedEvent,
  MerchantShippedEvent,
  PlatformRuledEvent,
  RefundPaidEvent,
  ServiceLevelRecord,
  StockCheckedEvent,
  TimedOutEvent,
} from '../../src/index.js';

// The types are declared by hand so they read (and document) field by field; the schemas are what
// parses. These checks hold the two exactly equal, down to `readonly` and `?: T | undefined`. The
// event types are intersections (`CaseEventBase & { … }`), which the TS-internal identity check behind
// a plain `toEqualTypeOf` never equates with a flat object type; `.branded` compares them structurally,
// property by property, `readonly` included. Neither identity check tells `?: T` from `?: T | undefined`
// under exactOptionalPropertyTypes, which assignability does: `Mutual` adds that, both ways.

/** `true` when each type is assignable to the other (blind to `readonly`, which the identity checks see). */
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type Parsed = DeepReadonly<z.output<typeof CaseEventSchema>>;
type ParsedOf<T extends CaseEventType> = Extract<Parsed, { readonly type: T }>;

/** Each declared event type by its `type`: every member of CASE_EVENT_TYPES has one. */
interface Declared {
  merchant_agreed: MerchantAgreedEvent;
  merchant_refused: MerchantRefusedEvent;
  buyer_confirmed: BuyerConfirmedEvent;
  buyer_declined: BuyerDeclinedEvent;
  stock_checked: StockCheckedEvent;
  buyer_refused_delivery: BuyerRefusedDeliveryEvent;
  buyer_shipped: BuyerShippedEvent;
  merchant_received: MerchantReceivedEvent;
  merchant_shipped: MerchantShippedEvent;
  delivered: DeliveredEvent;
  refund_paid: RefundPaidEvent;
  intervention_requested: InterventionRequestedEvent;
  evidence_submitted: EvidenceSubmittedEvent;
  platform_ruled: PlatformRuledEvent;
  buyer_withdrew: BuyerWithdrewEvent;
  timed_out: TimedOutEvent;
  courier_verified: CourierVerifiedEvent;
  merchant_followed_up: MerchantFollowedUpEvent;
}

describe('declared case and service-level types equal what their schemas parse (issue 16 item 5)', () => {
  it('CSE-06: the declared CaseEvent union is exactly what CaseEventSchema parses', () => {
    expectTypeOf<CaseEvent>().branded.toEqualTypeOf<Parsed>();
    expectTypeOf<Mutual<CaseEvent, Parsed>>().toEqualTypeOf<true>();
    expectTypeOf<CaseEvent['type']>().toEqualTypeOf<CaseEventType>();
    expectTypeOf<keyof Declared>().toEqualTypeOf<CaseEventType>();
    expectTypeOf<Declared[CaseEventType]>().branded.toEqualTypeOf<CaseEvent>();
  });

  it('CSE-06: each per-event type is exactly the schema member of its type, and EventOf names it', () => {
    expectTypeOf<MerchantAgreedEvent>().branded.toEqualTypeOf<ParsedOf<'merchant_agreed'>>();
    expectTypeOf<MerchantRefusedEvent>().branded.toEqualTypeOf<ParsedOf<'merchant_refused'>>();
    expectTypeOf<BuyerConfirmedEvent>().branded.toEqualTypeOf<ParsedOf<'buyer_confirmed'>>();
    expectTypeOf<BuyerDeclinedEvent>().branded.toEqualTypeOf<ParsedOf<'buyer_declined'>>();
    expectTypeOf<StockCheckedEvent>().branded.toEqualTypeOf<ParsedOf<'stock_checked'>>();
    expectTypeOf<BuyerRefusedDeliveryEvent>().branded.toEqualTypeOf<ParsedOf<'buyer_refused_delivery'>>();
    expectTypeOf<BuyerShippedEvent>().branded.toEqualTypeOf<ParsedOf<'buyer_shipped'>>();
    expectTypeOf<MerchantReceivedEvent>().branded.toEqualTypeOf<ParsedOf<'merchant_received'>>();
    expectTypeOf<MerchantShippedEvent>().branded.toEqualTypeOf<ParsedOf<'merchant_shipped'>>();
    expectTypeOf<DeliveredEvent>().branded.toEqualTypeOf<ParsedOf<'delivered'>>();
    expectTypeOf<RefundPaidEvent>().branded.toEqualTypeOf<ParsedOf<'refund_paid'>>();
    expectTypeOf<InterventionRequestedEvent>().branded.toEqualTypeOf<ParsedOf<'intervention_requested'>>();
    expectTypeOf<EvidenceSubmittedEvent>().branded.toEqualTypeOf<ParsedOf<'evidence_submitted'>>();
    expectTypeOf<PlatformRuledEvent>().branded.toEqualTypeOf<ParsedOf<'platform_ruled'>>();
    expectTypeOf<BuyerWithdrewEvent>().branded.toEqualTypeOf<ParsedOf<'buyer_withdrew'>>();
    expectTypeOf<TimedOutEvent>().branded.toEqualTypeOf<ParsedOf<'timed_out'>>();
    expectTypeOf<CourierVerifiedEvent>().branded.toEqualTypeOf<ParsedOf<'courier_verified'>>();
    expectTypeOf<MerchantFollowedUpEvent>().branded.toEqualTypeOf<ParsedOf<'merchant_followed_up'>>();
    expectTypeOf<{ [K in CaseEventType]: Mutual<Declared[K], ParsedOf<K>> }>().toEqualTypeOf<{ [K in CaseEventType]: true }>();
    expectTypeOf<EventOf<'stock_checked'>>().toEqualTypeOf<StockCheckedEvent>();
    expectTypeOf<EventOf<'buyer_shipped' | 'merchant_shipped'>>().toEqualTypeOf<BuyerShippedEvent | MerchantShippedEvent>();
  });

  it('CSE-06: a case event still reads as a plain record (the declared types keep their implicit index signature)', () => {
    expectTypeOf<CaseEvent>().toExtend<Record<string, unknown>>();
    expectTypeOf<ServiceLevelRecord>().toExtend<Record<string, unknown>>();
  });

  it('SLA-01: the declared ComplaintRecord is exactly what ComplaintRecordSchema parses', () => {
    expectTypeOf<ComplaintRecord>().toEqualTypeOf<DeepReadonly<z.output<typeof ComplaintRecordSchema>>>();
    expectTypeOf<Mutual<ComplaintRecord, DeepReadonly<z.output<typeof ComplaintRecordSchema>>>>().toEqualTypeOf<true>();
  });

  it('SLA-02: the declared CaseRecord is exactly what CaseRecordSchema parses', () => {
    expectTypeOf<CaseRecord>().toEqualTypeOf<DeepReadonly<z.output<typeof CaseRecordSchema>>>();
    expectTypeOf<Mutual<CaseRecord, DeepReadonly<z.output<typeof CaseRecordSchema>>>>().toEqualTypeOf<true>();
  });
});
