import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policies/index.js';
import { compileFolding, foldMessage, foldText } from '../../src/penalties/normalize.js';
import { indexText } from '../../src/penalties/prescan.js';
import { FindingSink, type ChatMessage, type ScreenFindingKind } from '../../src/penalties/screen-finding.js';
import { screenMessage } from '../../src/penalties/screen-message.js';
import { UNDER_MUTATION } from '../fixtures/mutation.js';

const AT = '2025-03-01T10:00:00+08:00';
const message = (text: string, overrides: Partial<ChatMessage> = {}): ChatMessage => ({ text, sender: 'merchant', at: AT, ...overrides });
const screen = (text: string) => screenMessage(message(text), policies.pinduoduo);
const kinds = (text: string): ScreenFindingKind[] => screen(text).findings.map((f) => f.kind);
const excerpts = (text: string): string[] => screen(text).findings.map((f) => f.excerpt);

describe('screenMessage: chat handles', () => {
  it.each([
    ['PEN-01: a WeChat handle written as 薇信 is flagged', '亲，加下我们薇信：lili_8899', '薇信：lili_8899'],
    ['PEN-01: 威信 with a dashed handle is flagged', '有需要加威信 abc-6688 私聊', '威信 abc-6688'],
    ['PEN-01: V信 is flagged', '亲，V信 Lucy2024ok 发您安装教程', 'V信 Lucy2024ok'],
    ['PEN-01: vx with a colon is flagged', 'vx: tmall_666 有空加一下', 'vx: tmall_666'],
    ['PEN-01: wx with full-width letters and digits is flagged', 'wx：Ｌｉｌｉ－８８９９', 'wx：Ｌｉｌｉ－８８９９'],
    ['PEN-01: 加V with a handle is flagged', '加V：shop888 领券', 'V：shop888'],
    ['PEN-01: 扣扣 with digits split by spaces is flagged', '扣扣：2 8 4 9 3 3 1 2 5，加了说一声', '扣扣：2 8 4 9 3 3 1 2 5'],
    ['PEN-01: a label spelt out with spaces is flagged', '微 信 号 是 x y z 1 2 3 4', '微 信 号 是 x y z 1 2 3 4'],
    ['PEN-01: a QQ number is flagged', '加QQ 284933125，给您传说明书', 'QQ 284933125'],
    ['PEN-01: a DingTalk id is flagged', '钉钉号 dt_lily888，工作时间都在线', '钉钉号 dt_lily888'],
    ['PEN-01: a wxid is flagged', '添加好友 wxid_k8s7d6f5g4', 'wxid_k8s7d6f5g4'],
    ['PEN-01: the 微❤ disguise is flagged', '微❤：lili8899', '微❤：lili8899'],
    ['PEN-01: an invisible character inside 微信 does not hide it', '微\u200b信：lili8899', '微\u200b信：lili8899'],
    ['PEN-01: an English WeChat id is flagged', 'WeChat: lucy_shop88, add me', 'WeChat: lucy_shop88'],
  ])('%s', (_title, text, excerpt) => {
    expect(screen(text).flagged).toBe(true);
    expect(excerpts(text)).toContain(excerpt);
    expect(kinds(text)).toContain('contact_handle');
  });

  it.each([
    ['PEN-01: 加我微信 without a handle still steers the chat away', '加我微信吧，这里说话不方便'],
    ['PEN-01: 加V without a handle still steers', '加V领10元无门槛券'],
    ['PEN-01: "my WeChat" steers', '亲 我的威信就是我手机号'],
    ['PEN-01: an app name followed by 联系 steers', '有事微信联系，这边回复慢'],
    ['PEN-01: WeCom (企业微信) steers', '加下我们企业微信，搜 xiaolu-kefu 就行'],
    ['PEN-01: English "add me on WeChat" steers', 'Add me on WeChat, thanks'],
  ])('%s', (_title, text) => {
    expect(kinds(text)).toContain('contact_handle');
  });
});

describe('screenMessage: phone numbers and bank cards', () => {
  it.each([
    ['PEN-01: a mobile split by spaces is flagged', '有问题直接打我电话 138 0013 8000', '138 0013 8000'],
    ['PEN-01: a mobile split by dashes is flagged', '联系电话：139-1234-5678', '139-1234-5678'],
    ['PEN-01: a mobile split by dots is flagged', '电话138.0013.8000 急事打', '138.0013.8000'],
    ['PEN-01: a mobile with +86 is flagged', '+86 186 1234 5678 是我的手机', '+86 186 1234 5678'],
    ['PEN-01: a mobile with 0086 is flagged', '我手机号码：0086 139 1234 5678', '0086 139 1234 5678'],
    ['PEN-01: a mobile in full-width digits is flagged', '我的手机号是１３８００１３８０００', '１３８００１３８０００'],
    ['PEN-01: a mobile written in Chinese numerals is flagged', '打我电话：幺三八 零零一三 八零零零', '幺三八 零零一三 八零零零'],
    ['PEN-01: a landline with an area code is flagged', '客服电话 010-62345678', '010-62345678'],
    ['PEN-01: a landline with the area code in brackets is flagged, the bracket kept', '座机 (021)6234 5678', '(021)6234 5678'],
    ['PEN-01: a 400 service line is flagged', '全国服务热线 400-820-8820', '400-820-8820'],
  ])('%s', (_title, text, excerpt) => {
    expect(screen(text).findings).toContainEqual(expect.objectContaining({ kind: 'phone_number', excerpt }));
  });

  it('PEN-01: asking for the buyer\'s phone number is flagged', () => {
    expect(kinds('亲你留个电话吧，我给你打过去')).toContain('phone_number');
  });

  it('PEN-01: asking for the buyer\'s phone number past several filler words is flagged', () => {
    expect(kinds('麻烦留一下您的手机号，我们售后专员回电')).toContain('phone_number');
  });

  it('PEN-01: the word 售后 before a phone number is not a number label', () => {
    expect(kinds('售后问题直接打 188 1234 5678 找我')).toContain('phone_number');
  });

  it('PEN-01: a UnionPay card number passing the Luhn check is flagged without a label', () => {
    expect(kinds('差价直接打到 6222 0212 3456 7890 128')).toContain('bank_card');
  });

  it('PEN-01: a card number labelled 卡号 is flagged', () => {
    expect(kinds('卡号 4367 4212 3456 7890 建设银行 张三')).toContain('bank_card');
  });

  it('PEN-01: a 16-digit run that fails the Luhn check and has no label is not a card', () => {
    expect(kinds('编码 6222 0212 3456 7891')).toEqual([]);
    expect(kinds('6222021234567891')).toEqual([]);
  });
});

describe('screenMessage: payment, marketplaces, links, QR codes', () => {
  it.each<[string, string, ScreenFindingKind]>([
    ['PEN-01: 私下交易 is flagged', '我们私下交易，价格再便宜20', 'off_platform_payment'],
    ['PEN-01: 不走平台 is flagged', '不走平台的话给您打八折', 'off_platform_payment'],
    ['PEN-01: 转账 is flagged', '差价你直接转账给我就行', 'off_platform_payment'],
    ['PEN-01: 线下交易 is flagged', '线下交易更优惠', 'off_platform_payment'],
    ['PEN-01: a payment QR code (收款码) is flagged', '我发你收款码', 'off_platform_payment'],
    ['PEN-01: an English bank-transfer offer is flagged', 'Pay me directly by bank transfer', 'off_platform_payment'],
    ['PEN-01: our Taobao store is flagged', '这款我们淘宝店更便宜', 'other_marketplace'],
    ['PEN-01: 去闲鱼拍 is flagged', '去我们闲鱼拍，能便宜10块', 'other_marketplace'],
    ['PEN-01: a Taobao share code (淘口令) is flagged', '复制 ￥AbCd1234Xy￥ 打开', 'other_marketplace'],
    ['PEN-01: a physical store is flagged', '欢迎到我们实体店来看看', 'other_marketplace'],
    ['PEN-01: a URL is flagged', '点这个链接下单：https://t.cn/A6abcdEf', 'link'],
    ['PEN-01: a bare domain is flagged', '看我们官网 www.xiaoluhome.com', 'link'],
    ['PEN-01: "open in a browser" is flagged', '复制链接到浏览器打开就能领券', 'link'],
    ['PEN-01: an e-mail address is a contact handle', '发邮件到 lili8899@163.com', 'contact_handle'],
    ['PEN-01: a QR code to add the merchant is flagged', '扫下面的二维码加我', 'qr_code'],
    ['PEN-01: 长按识别 (long-press the QR code) is flagged', '长按识别图中二维码', 'qr_code'],
  ])('%s', (_title, text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('screenMessage: near misses are not flagged', () => {
  it.each([
    ['PEN-01: an SF tracking number', '顺丰单号SF1234567890123，请注意查收'],
    ['PEN-01: a YT tracking number', '圆通快递 YT2345678901234'],
    ['PEN-01: a JT tracking number', '极兔运单号：JT3012345678901'],
    ['PEN-01: a labelled 15-digit courier number', '中通快递单号：773012345678901'],
    ['PEN-01: a labelled 12-digit tracking number that starts like a phone', '运单号 1389 0012 3456'],
    ['PEN-01: an 11-digit number labelled 货号', '商品货号：13800138000'],
    ['PEN-01: a PDD order number', '您的订单号250301-123456789012345已经备注'],
    ['PEN-01: an unlabelled PDD order number', 'Order 250301-123456789012345 updated'],
    ['PEN-01: an after-sales number', '售后单号：1234567890123456789 已同意退款'],
    ['PEN-01: an EAN-13 barcode', '条形码 6901234567892'],
    ['PEN-01: prices', '原价￥299，券后￥189，今天¥1399'],
    ['PEN-01: a price of ¥1688 is not the 1688 marketplace', '¥1688 包邮到家'],
    ['PEN-01: sizes and weights', '尺码 175/92A，净重2.5kg，40*30*20cm'],
    ['PEN-01: an address with numbers', '杭州市西湖区文三路138号2幢1单元1301室'],
    ['PEN-01: dates and times', '订单时间 2025-03-01 10:23:45'],
    ['PEN-01: a masked phone number', '您收件电话是138****5678对吗'],
    ['PEN-01: a refund back to WeChat Pay', '退款会原路退回您的微信，1-3个工作日到账'],
    ['PEN-01: 微信支付 and 微信零钱', '您是用微信支付的，退款会退回微信零钱'],
    ['PEN-01: English WeChat Pay', 'Your refund goes back to your WeChat Pay'],
    ['PEN-01: JD Logistics', '我们发的是京东快递，也可以发京东物流'],
    ['PEN-01: English JD Logistics', 'Delivered by JD Logistics'],
    ['PEN-01: a BOE screen (京东方)', '屏幕用的是京东方的面板'],
    ['PEN-01: the platform\'s own chat', '请在拼多多APP内联系客服'],
    ['PEN-01: store coupons', '店铺优惠券满199减20，关注店铺领取'],
    ['PEN-01: a warning against private deals', '温馨提示：请勿私下交易，谨防诈骗'],
    ['PEN-01: a promise never to ask for WeChat', '本店不会以任何理由要求您加微信或转账'],
    ['PEN-01: an anti-counterfeit QR code', '商品包装上有防伪二维码，扫码就能查真伪'],
    ['PEN-01: a V-neck', '这件是V领的，显脸小'],
    ['PEN-01: a voltage', '额定电压 220V'],
    ['PEN-01: QQ candy', '这个是QQ糖口味的软糖'],
    ['PEN-01: a PDD link', '您可以登录 mobile.yangkeduo.com 查看订单'],
    ['PEN-01: 加厚 and 加购物车', '加绒加厚款，加购物车一起结算'],
  ])('%s', (_title, text) => {
    expect(screen(text)).toEqual({ flagged: false, findings: [], rule: 'PEN-01' });
  });
});

describe('screenMessage: who and where', () => {
  it('PEN-01: a buyer\'s message yields no findings (only merchants are sanctioned)', () => {
    expect(screenMessage(message('我的电话 138 0013 8000', { sender: 'buyer' }), policies.pinduoduo)).toEqual({
      flagged: false,
      findings: [],
      rule: 'PEN-01',
    });
  });

  it('PEN-01: under a policy without an off-platform sanction the findings stay but nothing is flagged', () => {
    const r = screenMessage(message('加我微信 abc12345'), policies.taobao);
    expect(r.flagged).toBe(false);
    expect(r.findings.map((f) => f.kind)).toEqual(['contact_handle']);
  });

  it('PEN-01: offsets point into the original text, surrogate pairs and full-width characters included', () => {
    const text = '😀😀 亲，ｗｘ：ａｂｃ１２３４５ 谢谢';
    const [f] = screenMessage(message(text), policies.pinduoduo).findings;
    expect(f).toEqual({ kind: 'contact_handle', excerpt: 'ｗｘ：ａｂｃ１２３４５', start: 7, end: 18 });
  });

  it('PEN-01: findings are ordered by position', () => {
    const r = screen('加我微信 abc12345，或者打 138 0013 8000，也可以去我们淘宝店');
    expect(r.findings.map((f) => f.kind)).toEqual(['contact_handle', 'phone_number', 'other_marketplace']);
  });

  it('PEN-01: a run of touching findings of one kind is reported as one finding', () => {
    const text = '加V'.repeat(UNDER_MUTATION ? 5_000 : 50_000);
    expect(screen(text).findings).toEqual([{ kind: 'contact_handle', excerpt: text, start: 0, end: text.length }]);
  });

  it('PEN-01: offsets stay right past invisible characters in a text longer than the reused buffers', () => {
    const text = `${'亲\u200b，'.repeat(30_000)}加我微\u200b信 lili_8899`;
    const [f] = screen(text).findings;
    expect(f?.kind).toBe('contact_handle');
    expect(f?.excerpt).toBe(text.slice(f?.start, f?.end));
    expect(f?.excerpt).toBe('微\u200b信 lili_8899');
  });

  // A megabyte, where a quadratic scan would never finish (16 K characters under mutation testing).
  const N = UNDER_MUTATION ? 1 << 14 : 1 << 20;
  it.each([
    ['1'.repeat(N)],
    ['a-'.repeat(N / 2)],
    ['微'.repeat(N)],
    ['加V'.repeat(N / 2)],
    ['1 '.repeat(N / 2)],
    ['二维码'.repeat(N / 3)],
    ['v x '.repeat(N / 4)],
  ])(`PEN-01: a ${N}-character hostile string completes (#%#)`, (text) => {
    const r = screenMessage(message(text), policies.pinduoduo);
    expect(r.rule).toBe('PEN-01');
  });
});

describe('screenMessage building blocks', () => {
  it('PEN-01: folding maps full-width and capitals to ASCII, hearts to 信, and drops invisible characters', () => {
    expect(String.fromCharCode(...foldText('加Ｖ：Ａｂ1 微❤\u200b'))).toBe('加v:ab1 微信');
    const { origin } = foldMessage('微\u200b信', compileFolding(() => 0));
    expect([...(origin ?? [])]).toEqual([0, 2]);
  });

  it('PEN-01: folding lists exactly the positions where some finder can start', () => {
    expect([...indexText('好的，加Ｖ').marked]).toEqual([4]);
    expect([...indexText('亲，订单 12').marked]).toEqual([5, 6]);
  });

  it('PEN-01: a clause starts after the nearest break, looking back at most the window', () => {
    const idx = indexText('亲，加我微信');
    expect(idx.clauseStartWithin(5, 20)).toBe(2);
    expect(idx.clauseStartWithin(5, 1)).toBe(4);
    expect(idx.clauseEndWithin(2, 20)).toBe(6);
  });

  it('PEN-01: the sink merges touching findings at once and sorts and joins the rest on the way out', () => {
    const sink = new FindingSink();
    sink.add('link', 6, 9);
    sink.add('link', 0, 4);
    sink.add('link', 4, 5);
    sink.add('qr_code', 2, 3);
    expect(sink.merged((...f) => f, (from, to) => to - from === 1)).toEqual([['link', 0, 9], ['qr_code', 2, 3]]);
    expect(sink.size).toBe(2);
  });
});
