/** The topic vocabulary stories are filed under, with the label readers see in each edition. */
export const TOPICS = {
  industry: { en: 'Industry', zh: '工业' },
  energy: { en: 'Energy', zh: '能源' },
  'new-energy': { en: 'New energy', zh: '新能源' },
  'urban-life': { en: 'Urban life', zh: '城市生活' },
  investment: { en: 'Investment', zh: '投资' },
  trade: { en: 'Trade', zh: '外贸' },
  consumption: { en: 'Consumption', zh: '消费' },
  tourism: { en: 'Tourism', zh: '文旅' },
  finance: { en: 'Finance and budgets', zh: '财政金融' },
  farming: { en: 'Farming and herding', zh: '农牧业' },
  technology: { en: 'Technology', zh: '科技' },
  ecology: { en: 'Ecology', zh: '生态' },
  livelihoods: { en: 'Jobs and welfare', zh: '就业民生' },
} as const;

/** A topic id from the vocabulary. */
export type Topic = keyof typeof TOPICS;

/** Every topic id, in display order. */
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];
