import type { VendorRow } from './types.js';

/**
 * Trust follows the documents: Huawei and ZTE, and the PRC cloud providers
 * the Clean Cloud line names (002: "Alibaba, Baidu, China Mobile, China
 * Telecom, and Tencent"), are untrusted; Ericsson, Nokia and Samsung are the
 * trusted vendors 000 [2] names, and NEC and Fujitsu call themselves trusted
 * suppliers in 002.
 */
export const vendors: VendorRow[] = [
  {
    id: 'vendor:huawei',
    name: 'Huawei',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Network equipment; every document.',
  },
  {
    id: 'vendor:zte',
    name: 'ZTE',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Network equipment; every document.',
  },
  {
    id: 'vendor:alibaba',
    name: 'Alibaba',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Cloud; Clean Cloud line (000 [1], 002, 001).',
  },
  {
    id: 'vendor:baidu',
    name: 'Baidu',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Cloud; Clean Cloud line (000 [1], 002, 001).',
  },
  {
    id: 'vendor:tencent',
    name: 'Tencent',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Cloud and apps (WeChat); Clean Cloud line (000 [1], 002, 001).',
  },
  {
    id: 'vendor:china-mobile',
    name: 'China Mobile',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Carrier and cloud; Clean Cloud line (002, 001).',
  },
  {
    id: 'vendor:china-telecom',
    name: 'China Telecom',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Carrier and cloud; Clean Cloud line (002, 001).',
  },
  {
    id: 'vendor:bytedance',
    name: 'ByteDance',
    headquarters: 'CN',
    trust: 'untrusted',
    note: 'Apps (TikTok); Clean Store line (000 [1]).',
  },
  {
    id: 'vendor:ericsson',
    name: 'Ericsson',
    headquarters: 'SE',
    trust: 'trusted',
    note: '000 [2], 002, 004.',
  },
  {
    id: 'vendor:nokia',
    name: 'Nokia',
    headquarters: 'FI',
    trust: 'trusted',
    note: '000 [2], 002, 004.',
  },
  {
    id: 'vendor:samsung',
    name: 'Samsung',
    headquarters: 'KR',
    trust: 'trusted',
    note: '000 [2], 002.',
  },
  {
    id: 'vendor:nec',
    name: 'NEC',
    headquarters: 'JP',
    trust: 'trusted',
    note: '002: "a trusted supplier of 5G Open RAN solutions".',
  },
  {
    id: 'vendor:fujitsu',
    name: 'Fujitsu',
    headquarters: 'JP',
    trust: 'trusted',
    note: '002: "a trusted vendor providing network equipment".',
  },
];
