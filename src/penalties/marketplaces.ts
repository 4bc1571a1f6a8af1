import { deepFreeze } from '../model/freeze.js';
import type { Marketplace } from '../model/vocabulary.js';

/**
 * PEN-01: the names merchants write for each marketplace, short forms and disguises included (某宝,
 * tb, 咸鱼), as '|'-separated words. WeChat's official accounts, mini programs and channels count as
 * one marketplace: a place to order outside the platform.
 *
 * @example
 * MARKETPLACE_NAMES.xianyu // → '闲鱼|咸鱼|某鱼|xianyu'
 */
export const MARKETPLACE_NAMES: Readonly<Record<Marketplace, string>> = /* @__PURE__ */ deepFreeze({
  pinduoduo: '拼多多|拼夕夕|pdd|pinduoduo',
  taobao: '淘宝|某宝|手淘|tb|taobao',
  tmall: '天猫|tmall',
  jd: '京东|某东|jd',
  douyin: '抖音|某音|抖店|douyin|tiktok',
  kuaishou: '快手|kuaishou',
  xianyu: '闲鱼|咸鱼|某鱼|xianyu',
  zhuanzhuan: '转转',
  xiaohongshu: '小红书|xiaohongshu',
  weidian: '微店|weidian',
  vip: '唯品会',
  dewu: '得物',
  suning: '苏宁',
  '1688': '1688',
  youzan: '有赞',
  meituan: '美团',
  wechat: '公众号|小程序|视频号|微信小店|微信商城',
});

/** PEN-01: whose share codes (口令 such as ￥AbCd1234Xy￥) the screener reads: Taobao's. */
export const SHARE_CODE_MARKETPLACE: Marketplace = 'taobao';

/** PEN-01: web domains of the marketplaces a policy may call its own; a link to its own is no finding. */
export const MARKETPLACE_DOMAINS: Readonly<Partial<Record<Marketplace, readonly string[]>>> = /* @__PURE__ */ deepFreeze({
  pinduoduo: ['pinduoduo.com', 'yangkeduo.com', 'pddpic.com', 'pinduoduo.net'],
  taobao: ['taobao.com', 'tb.cn'],
  tmall: ['tmall.com'],
  jd: ['jd.com'],
});
