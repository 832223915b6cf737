/**
 * Figure ids that once had an address on the site and no longer name a figure, each with the figure that now answers
 * for it, so an old /figures/#id link still reaches the number it meant. Never reuse an id listed here.
 */
export const RETIRED_FIGURES: Readonly<Record<string, string>> = {
  // The source gives only how many of four growth rates ranked first and second, not which (issue 13).
  'hohhot-gdp-growth-rank-capitals-2024-h1': 'hohhot-growth-indicators-ranked-capitals-2024-h1',
  'hohhot-budget-revenue-growth-rank-capitals-2024-h1': 'hohhot-growth-indicators-ranked-capitals-2024-h1',
  'hohhot-fixed-asset-investment-growth-rank-capitals-2024-h1': 'hohhot-growth-indicators-ranked-capitals-2024-h1',
  'hohhot-foreign-trade-growth-rank-capitals-2024-h1': 'hohhot-growth-indicators-ranked-capitals-2024-h1',
  // Reported as done, not planned; and a general definition, not Wuhai's own (issue 13).
  'wuhai-living-circle-pilots-new-2024-target': 'wuhai-living-circle-pilots-new-2024',
  'wuhai-living-circle-walking-radius-2024': 'nmg-living-circle-walking-radius-2024',
};
