/** The enums of a chain and its firms. No imports: the web's board and editor read the same lists. */

export const chainTiers = ['upstream', 'midstream', 'downstream'] as const
export type ChainTier = (typeof chainTiers)[number]

/** 链主, 世界500强, 中国500强, listed, 专精特新, 隐形冠军. */
export const enterpriseFlags = [
  'chain_master',
  'fortune500',
  'china500',
  'listed',
  'specialized',
  'hidden_champion',
] as const
export type EnterpriseFlag = (typeof enterpriseFlags)[number]

/** An existing firm is on the public map; a target is one to attract, for staff only. */
export const enterpriseStatuses = ['existing', 'target'] as const
export type EnterpriseStatus = (typeof enterpriseStatuses)[number]
