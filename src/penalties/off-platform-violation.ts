import type { Policy } from '../model/policy.js';
import type { ScreenResult } from './screen-finding.js';
import type { Violation } from './violation.js';

/**
 * PEN-01: the violation a screened merchant message amounts to — the policy's off-platform-trade
 * sanctions and its deposit as `amountFen` — or `undefined` when the message had no findings or the
 * policy sanctions no off-platform trade (Taobao: `offPlatformTrade: null`). The policy given here
 * decides, exactly as it decides `screenMessage`'s `flagged`. `refundsFreight` is false: a chat
 * message is not an after-sales case with freight to refund (FRT-05 applies to case violations).

 *
 * @example
 * const message = { text: '加我薇信 lili_8899', sender: 'merchant', at: '2025-03-01T10:00:00+08:00' } as const;
 * offPlatformViolation(screenMessage(message, policies.pinduoduo), policies.pinduoduo)
 * // → { code: 'off_platform_trade', rule: 'PEN-01', party: 'merchant', refundsFreight: false,
 * //     sanctions: ['close_transaction', 'restrict_withdrawal', 'delist_goods', 'ban_listing', 'deposit'],
 * //     amountFen: 10_000_000 }
 * offPlatformViolation(screenMessage(message, policies.taobao), policies.taobao) // → undefined
 */
export function offPlatformViolation(screened: ScreenResult, policy: Pick<Policy, 'penalties'>): Violation | undefined {
  const trade = policy.penalties.offPlatformTrade;
  if (trade === null || screened.findings.length === 0) return undefined;
  return {
    code: 'off_platform_trade',
    rule: 'PEN-01',
    party: 'merchant',
    sanctions: [...trade.sanctions],
    amountFen: trade.depositFen,
    refundsFreight: false,
  };
}
