/** ECharts draws the South China Sea Islands as a schematic inset east of Taiwan; it is drawn, never highlighted. */
export const INSET = { id: 'south-china-sea-islands', zh: '南海诸岛', en: 'South China Sea Islands' } as const;
