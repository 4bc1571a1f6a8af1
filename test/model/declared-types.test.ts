import { describe, expectTypeOf, it } from 'vitest';
import type * as z from '../../src/model/zod.js';
import type { DeepReadonly } from '../../src/model/readonly.js';
import {
  HistoryEntrySchema,
  OrderItemSchema,
  OrderSchema,
  PaymentSchema,
  type FreeShipping,
  type FreightInsurance,
  type GroupBuy,
  type HistoryEntry,
  type Order,
  type OrderAfterSales,
  type OrderItem,
  type Payment,
} from '../../src/model/order.js';
import { AfterSalesRequestSchema, EvidenceSchema, type AfterSalesRequest, type Evidence } from '../../src/model/request.js';
import {
  CasePolicySchema,
  EligibilityPolicySchema,
  FreightPolicySchema,
  PenaltyPolicySchema,
  PolicySchema,
  RefundPolicySchema,
  ServiceLevelPolicySchema,
  type CasePolicy,
  type EligibilityPolicy,
  type FreightPolicy,
  type PenaltyPolicy,
  type Policy,
  type RefundPolicy,
  type ServiceLevelPolicy,
} from '../../src/model/policy.js';

/** What a schema hands a caller: its output, read-only all the way down (rule 1). */
type Parsed<S extends z.ZodMiniType> = DeepReadonly<z.output<S>>;
type OrderOut = Parsed<typeof OrderSchema>;

// The declared interfaces document the inputs; these checks (run by `tsc`, which covers test/) keep
// each one exactly what its schema parses, optional `?: T | undefined` fields included.
describe('declared input types equal their schemas (issue 16 item 5)', () => {
  it('ELG-07: the declared Order is exactly what OrderSchema parses (issue 16 item 5)', () => {
    expectTypeOf<Order>().toEqualTypeOf<OrderOut>();
    expectTypeOf<OrderItem>().toEqualTypeOf<Parsed<typeof OrderItemSchema>>();
    expectTypeOf<Payment>().toEqualTypeOf<Parsed<typeof PaymentSchema>>();
  });

  it('ELG-10: the declared HistoryEntry and OrderAfterSales are what OrderSchema parses (issue 16 item 5)', () => {
    expectTypeOf<HistoryEntry>().toEqualTypeOf<Parsed<typeof HistoryEntrySchema>>();
    expectTypeOf<OrderAfterSales>().toEqualTypeOf<NonNullable<OrderOut['afterSales']>>();
  });

  it('ELG-02: the declared GroupBuy is what OrderSchema parses (issue 16 item 5)', () => {
    expectTypeOf<GroupBuy>().toEqualTypeOf<NonNullable<OrderOut['groupBuy']>>();
  });

  it('FRT-03, FRT-07: the declared FreightInsurance and FreeShipping are what OrderSchema parses (issue 16 item 5)', () => {
    expectTypeOf<FreightInsurance>().toEqualTypeOf<NonNullable<OrderOut['freightInsurance']>>();
    expectTypeOf<FreeShipping>().toEqualTypeOf<NonNullable<OrderOut['freeShipping']>>();
  });

  it('ELG-15: the declared AfterSalesRequest and Evidence are what their schemas parse (issue 16 item 5)', () => {
    expectTypeOf<AfterSalesRequest>().toEqualTypeOf<Parsed<typeof AfterSalesRequestSchema>>();
    expectTypeOf<Evidence>().toEqualTypeOf<Parsed<typeof EvidenceSchema>>();
  });

  it('ELG-06: the declared Policy and its sections are exactly what PolicySchema parses (issue 16 item 5)', () => {
    expectTypeOf<Policy>().toEqualTypeOf<Parsed<typeof PolicySchema>>();
    expectTypeOf<EligibilityPolicy>().toEqualTypeOf<Parsed<typeof EligibilityPolicySchema>>();
    expectTypeOf<RefundPolicy>().toEqualTypeOf<Parsed<typeof RefundPolicySchema>>();
    expectTypeOf<FreightPolicy>().toEqualTypeOf<Parsed<typeof FreightPolicySchema>>();
    expectTypeOf<CasePolicy>().toEqualTypeOf<Parsed<typeof CasePolicySchema>>();
    expectTypeOf<PenaltyPolicy>().toEqualTypeOf<Parsed<typeof PenaltyPolicySchema>>();
    expectTypeOf<ServiceLevelPolicy>().toEqualTypeOf<Parsed<typeof ServiceLevelPolicySchema>>();
  });

  it('ELG-01: an order, a request and a policy still read as plain records (declared as object types, not interfaces)', () => {
    expectTypeOf<Order>().toExtend<Record<string, unknown>>();
    expectTypeOf<AfterSalesRequest>().toExtend<Record<string, unknown>>();
    expectTypeOf<Policy>().toExtend<Record<string, unknown>>();
  });
});
