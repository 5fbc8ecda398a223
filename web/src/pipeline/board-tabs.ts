/** The pipeline board's tabs, in order (a module of its own so that naming a tab does not load the board). */
export const boardTabs = ['lists', 'leads', 'warnings', 'supply', 'ranking'] as const
export type BoardTab = (typeof boardTabs)[number]
