import type { Dictionary } from './en';

/** Every interface string of the Chinese edition: the keys of en.ts, in Chinese as a reader in China would write them. */
export const zh: Dictionary = {
  nav: { label: '网站', stories: '报道', figures: '数据', sources: '原始文件' },
  footer: {
    about: '{site}依据五份官方中文文件解读内蒙古经济：报纸经济版、政府报告和一份产业分析。每个数字都引自其中一份文件。',
    stories: '全部报道',
    figures: '全部数据',
    sources: '五份原始文件',
    download: '下载数据（CSV）',
  },
  notFound: {
    title: '页面不存在',
    description: '这个地址没有页面。',
    lead: {
      before: '这个地址没有页面，可能是地址输错了，也可能页面已经移动。请回到',
      link: '首页',
      after: '，或直接阅读以下报道：',
    },
    stories: '报道',
    hint: {
      before: '想找某个数字？每个数据连同原文引语都列在',
      figures: '数据',
      between: '页，数据所出自的文件见',
      sources: '原始文件',
      after: '页。',
    },
  },
  chart: {
    close: '关闭',
    readSource: '查看原文',
    figureDetails: '数据详情',
    source: '来源：{credit}',
    showData: '查看数据',
    columns: { figure: '指标', value: '数值', period: '时间', source: '出处' },
    passage: '原文段落',
    target: '目标或计划',
    key: {
      lineTargets: '空心点和虚线表示目标，而非实际完成值。',
      proportionTargets: '空心方格表示目标，而非实际完成值。',
      mapLines: '连线仅为示意，并非实际线路走向。',
      mapAlso: '另标出：{names}。',
      mapInset: '小图为南海诸岛。',
      reference: '{label}：{value}。',
      names: '、',
    },
  },
};
