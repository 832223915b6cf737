/** Places a figure can describe: the region, its twelve league-level divisions, and China as a whole. */
export const PLACES = {
  'inner-mongolia': { en: 'Inner Mongolia', zh: '内蒙古' },
  hohhot: { en: 'Hohhot', zh: '呼和浩特' },
  baotou: { en: 'Baotou', zh: '包头' },
  wuhai: { en: 'Wuhai', zh: '乌海' },
  chifeng: { en: 'Chifeng', zh: '赤峰' },
  tongliao: { en: 'Tongliao', zh: '通辽' },
  ordos: { en: 'Ordos', zh: '鄂尔多斯' },
  hulunbuir: { en: 'Hulunbuir', zh: '呼伦贝尔' },
  bayannur: { en: 'Bayannur', zh: '巴彦淖尔' },
  ulanqab: { en: 'Ulanqab', zh: '乌兰察布' },
  hinggan: { en: 'Hinggan League', zh: '兴安盟' },
  xilingol: { en: 'Xilingol League', zh: '锡林郭勒盟' },
  alxa: { en: 'Alxa League', zh: '阿拉善盟' },
  china: { en: 'China', zh: '全国' },
} as const;

/** A place id. */
export type Place = keyof typeof PLACES;

/** Every place id. */
export const PLACE_IDS = Object.keys(PLACES) as [Place, ...Place[]];
