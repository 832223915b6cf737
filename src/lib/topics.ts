/** The topic vocabulary stories are filed under, with the label readers see. */
export const TOPICS = {
  industry: 'Industry',
  energy: 'Energy',
  'new-energy': 'New energy',
  'urban-life': 'Urban life',
  investment: 'Investment',
  trade: 'Trade',
  consumption: 'Consumption',
  tourism: 'Tourism',
  finance: 'Finance and budgets',
  farming: 'Farming and herding',
  technology: 'Technology',
  ecology: 'Ecology',
  livelihoods: 'Jobs and welfare',
} as const;

/** A topic id from the vocabulary. */
export type Topic = keyof typeof TOPICS;

/** Every topic id, in display order. */
export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];
