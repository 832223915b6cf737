/**
 * Every place the site names, in one table: the places a figure can describe (the region, its twelve league-level
 * divisions and China as a whole) and the regions the map draws (China's provinces and the region's divisions).
 */

/** A region the map can draw: an English name for descriptions, and a short one for labels on a 320 px map. */
export interface Region {
  id: string;
  zh: string;
  en: string;
  short: string;
  kind: 'province' | 'division';
}

/**
 * Inner Mongolia's twelve league-level divisions: the site's place id, English names, the Chinese name as the
 * documents print it, and the name in ECharts' neimenggu.json (from which data/geo/ is built).
 */
const DIVISION_LIST = [
  { id: 'hohhot', en: 'Hohhot', short: 'Hohhot', zh: '呼和浩特', map: '呼和浩特市' },
  { id: 'baotou', en: 'Baotou', short: 'Baotou', zh: '包头', map: '包头市' },
  { id: 'wuhai', en: 'Wuhai', short: 'Wuhai', zh: '乌海', map: '乌海市' },
  { id: 'chifeng', en: 'Chifeng', short: 'Chifeng', zh: '赤峰', map: '赤峰市' },
  { id: 'tongliao', en: 'Tongliao', short: 'Tongliao', zh: '通辽', map: '通辽市' },
  { id: 'ordos', en: 'Ordos', short: 'Ordos', zh: '鄂尔多斯', map: '鄂尔多斯市' },
  { id: 'hulunbuir', en: 'Hulunbuir', short: 'Hulunbuir', zh: '呼伦贝尔', map: '呼伦贝尔市' },
  { id: 'bayannur', en: 'Bayannur', short: 'Bayannur', zh: '巴彦淖尔', map: '巴彦淖尔市' },
  { id: 'ulanqab', en: 'Ulanqab', short: 'Ulanqab', zh: '乌兰察布', map: '乌兰察布市' },
  { id: 'hinggan', en: 'Hinggan League', short: 'Hinggan', zh: '兴安盟', map: '兴安盟' },
  { id: 'xilingol', en: 'Xilingol League', short: 'Xilingol', zh: '锡林郭勒盟', map: '锡林郭勒盟' },
  { id: 'alxa', en: 'Alxa League', short: 'Alxa', zh: '阿拉善盟', map: '阿拉善盟' },
] as const;

/** A division's place id. */
type DivisionId = (typeof DIVISION_LIST)[number]['id'];

/** A place id. */
export type Place = 'inner-mongolia' | DivisionId | 'china' | 'world';

/** Places a figure can describe, in the order lists show them: the region, its divisions, China and the world. */
export const PLACES = Object.fromEntries([
  ['inner-mongolia', { en: 'Inner Mongolia', zh: '内蒙古' }],
  ...DIVISION_LIST.map((division) => [division.id, { en: division.en, zh: division.zh }]),
  ['china', { en: 'China', zh: '全国' }],
  ['world', { en: 'The world', zh: '全球' }],
]) as Record<Place, { en: string; zh: string }>;

/** Every place id. */
export const PLACE_IDS = Object.keys(PLACES) as [Place, ...Place[]];

/** Inner Mongolia's divisions by their names in ECharts' neimenggu.json, with the site's place ids. */
export const DIVISIONS: Record<string, Omit<Region, 'zh' | 'kind'>> = Object.fromEntries(
  DIVISION_LIST.map(({ id, en, short, map }) => [map, { id, en, short }]),
);

/** China's provinces, autonomous regions, municipalities and SARs, by their names in ECharts' china.json. */
export const PROVINCES: Record<string, Omit<Region, 'zh' | 'kind'>> = {
  北京: { id: 'beijing', en: 'Beijing', short: 'Beijing' },
  天津: { id: 'tianjin', en: 'Tianjin', short: 'Tianjin' },
  河北: { id: 'hebei', en: 'Hebei', short: 'Hebei' },
  山西: { id: 'shanxi', en: 'Shanxi', short: 'Shanxi' },
  内蒙古: { id: 'inner-mongolia', en: 'Inner Mongolia', short: 'Inner Mongolia' },
  辽宁: { id: 'liaoning', en: 'Liaoning', short: 'Liaoning' },
  吉林: { id: 'jilin', en: 'Jilin', short: 'Jilin' },
  黑龙江: { id: 'heilongjiang', en: 'Heilongjiang', short: 'Heilongjiang' },
  上海: { id: 'shanghai', en: 'Shanghai', short: 'Shanghai' },
  江苏: { id: 'jiangsu', en: 'Jiangsu', short: 'Jiangsu' },
  浙江: { id: 'zhejiang', en: 'Zhejiang', short: 'Zhejiang' },
  安徽: { id: 'anhui', en: 'Anhui', short: 'Anhui' },
  福建: { id: 'fujian', en: 'Fujian', short: 'Fujian' },
  江西: { id: 'jiangxi', en: 'Jiangxi', short: 'Jiangxi' },
  山东: { id: 'shandong', en: 'Shandong', short: 'Shandong' },
  河南: { id: 'henan', en: 'Henan', short: 'Henan' },
  湖北: { id: 'hubei', en: 'Hubei', short: 'Hubei' },
  湖南: { id: 'hunan', en: 'Hunan', short: 'Hunan' },
  广东: { id: 'guangdong', en: 'Guangdong', short: 'Guangdong' },
  广西: { id: 'guangxi', en: 'Guangxi', short: 'Guangxi' },
  海南: { id: 'hainan', en: 'Hainan', short: 'Hainan' },
  重庆: { id: 'chongqing', en: 'Chongqing', short: 'Chongqing' },
  四川: { id: 'sichuan', en: 'Sichuan', short: 'Sichuan' },
  贵州: { id: 'guizhou', en: 'Guizhou', short: 'Guizhou' },
  云南: { id: 'yunnan', en: 'Yunnan', short: 'Yunnan' },
  西藏: { id: 'xizang', en: 'Xizang (Tibet)', short: 'Xizang' },
  陕西: { id: 'shaanxi', en: 'Shaanxi', short: 'Shaanxi' },
  甘肃: { id: 'gansu', en: 'Gansu', short: 'Gansu' },
  青海: { id: 'qinghai', en: 'Qinghai', short: 'Qinghai' },
  宁夏: { id: 'ningxia', en: 'Ningxia', short: 'Ningxia' },
  新疆: { id: 'xinjiang', en: 'Xinjiang', short: 'Xinjiang' },
  台湾: { id: 'taiwan', en: 'Taiwan', short: 'Taiwan' },
  香港: { id: 'hong-kong', en: 'Hong Kong', short: 'Hong Kong' },
  澳门: { id: 'macao', en: 'Macao', short: 'Macao' },
};

/** Every region by id: provinces first, then Inner Mongolia's divisions. */
export const REGIONS: ReadonlyMap<string, Region> = new Map([
  ...Object.entries(PROVINCES).map(([zh, region]): [string, Region] => [
    region.id,
    { ...region, zh, kind: 'province' },
  ]),
  ...Object.entries(DIVISIONS).map(([zh, region]): [string, Region] => [
    region.id,
    { ...region, zh, kind: 'division' },
  ]),
]);
