import { compactYear, type CalendarYear } from './calendar-year.js';

// CAL-01: every year China's State Council has announced, 2010–2026, one export per year (see
// `compactYear` for the notation). The dates follow the notices' own text. Where chinese-days and
// holiday-calendar disagree, test/time/cn-years.test.ts names each date and the sentence decided by.

const notice = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;
const cn = (year: number, off: string, work: string, ...more: string[]): CalendarYear =>
  compactYear(year, off, work, [notice(year), ...more]);

/** 2010, as the State Council's notice for the year (国务院办公厅关于2010年部分节假日安排的通知) sets it. */
export const cnYear2010 = /* @__PURE__ */ cn(2010, '0101-0103 0213-0219 0403-0405 0501-0503 0614-0616 0922-0924 1001-1007', '0220 0221 0612 0613 0919 0925 0926 1009');
/** 2011-12-31, a make-up Saturday, is set by the 2012 notice. */
export const cnYear2011 = /* @__PURE__ */ cn(2011, '0101-0103 0202-0208 0403-0405 0430-0502 0604-0606 0910-0912 1001-1007', '0130 0212 0402 1008 1009 1231', notice(2012));
/** 2012, as the State Council's notice for the year (国务院办公厅关于2012年部分节假日安排的通知) sets it. */
export const cnYear2012 = /* @__PURE__ */ cn(2012, '0101-0103 0122-0128 0402-0404 0429-0501 0622-0624 0930-1007', '0121 0129 0331 0401 0428 0929');
/** 2013, as the State Council's notice for the year (国务院办公厅关于2013年部分节假日安排的通知) sets it. */
export const cnYear2013 = /* @__PURE__ */ cn(2013, '0101-0103 0209-0215 0404-0406 0429-0501 0610-0612 0919-0921 1001-1007', '0105 0106 0216 0217 0407 0427 0428 0608 0609 0922 0929 1012');
/** 2014, as the State Council's notice for the year (国务院办公厅关于2014年部分节假日安排的通知) sets it. */
export const cnYear2014 = /* @__PURE__ */ cn(2014, '0101 0131-0206 0405-0407 0501-0503 0602 0908 1001-1007', '0126 0208 0504 0928 1011');
/** 09-03…05 are the 70th anniversary of the victory in the War of Resistance, by a notice of its own. */
export const cnYear2015 = /* @__PURE__ */ cn(2015, '0101-0103 0218-0224 0405-0406 0501 0620 0622 0903-0905 0927 1001-1007', '0104 0215 0228 0906 1010', '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知');
/** 2016, as the State Council's notice for the year (国务院办公厅关于2016年部分节假日安排的通知) sets it. */
export const cnYear2016 = /* @__PURE__ */ cn(2016, '0101 0207-0213 0404 0501-0502 0609-0611 0915-0917 1001-1007', '0206 0214 0612 0918 1008 1009');
/** 2017, as the State Council's notice for the year (国务院办公厅关于2017年部分节假日安排的通知) sets it. */
export const cnYear2017 = /* @__PURE__ */ cn(2017, '0101-0102 0127-0202 0402-0404 0501 0528-0530 1001-1008', '0122 0204 0401 0527 0930');
/** 12-29…31 (元旦 2019) are set by the 2019 notice. */
export const cnYear2018 = /* @__PURE__ */ cn(2018, '0101 0215-0221 0405-0407 0429-0501 0618 0924 1001-1007 1230-1231', '0211 0224 0408 0428 0929 0930 1229', notice(2019));
/** 劳动节 was lengthened to 05-01…04 by a later notice. */
export const cnYear2019 = /* @__PURE__ */ cn(2019, '0101 0204-0210 0405-0407 0501-0504 0607-0609 0913-0915 1001-1007', '0202 0203 0428 0505 0929 1012', '国务院办公厅关于调整2019年劳动节假期安排的通知');
/** 春节 was extended to 02-02 (and the make-up Saturday 02-01 dropped) in January 2020. */
export const cnYear2020 = /* @__PURE__ */ cn(2020, '0101 0124-0202 0404-0406 0501-0505 0625-0627 1001-1008', '0119 0426 0509 0628 0927 1010', '国务院办公厅关于延长2020年春节假期的通知');
/** 2021, as the State Council's notice for the year (国务院办公厅关于2021年部分节假日安排的通知) sets it. */
export const cnYear2021 = /* @__PURE__ */ cn(2021, '0101-0103 0211-0217 0403-0405 0501-0505 0612-0614 0919-0921 1001-1007', '0207 0220 0425 0508 0918 0926 1009');
/** 12-31 (元旦 2023) is set by the 2023 notice. */
export const cnYear2022 = /* @__PURE__ */ cn(2022, '0101-0103 0131-0206 0403-0405 0430-0504 0603-0605 0910-0912 1001-1007 1231', '0129 0130 0402 0424 0507 1008 1009', notice(2023));
/** 2023, as the State Council's notice for the year (国务院办公厅关于2023年部分节假日安排的通知) sets it. */
export const cnYear2023 = /* @__PURE__ */ cn(2023, '0101-0102 0121-0127 0405 0429-0503 0622-0624 0929-1006', '0128 0129 0423 0506 0625 1007 1008');
/** 2024, as the State Council's notice for the year (国务院办公厅关于2024年部分节假日安排的通知) sets it. */
export const cnYear2024 = /* @__PURE__ */ cn(2024, '0101 0210-0217 0404-0406 0501-0505 0610 0915-0917 1001-1007', '0204 0218 0407 0428 0511 0914 0929 1012');
/** 中秋 falls inside 国庆. */
export const cnYear2025 = /* @__PURE__ */ cn(2025, '0101 0128-0204 0404-0406 0501-0505 0531-0602 1001-1008', '0126 0208 0427 0928 1011');
/** 2026, as the State Council's notice for the year (国务院办公厅关于2026年部分节假日安排的通知) sets it. */
export const cnYear2026 = /* @__PURE__ */ cn(2026, '0101-0103 0215-0223 0404-0406 0501-0505 0619-0621 0925-0927 1001-1007', '0104 0214 0228 0509 0920 1010');
