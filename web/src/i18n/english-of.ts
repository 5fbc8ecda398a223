/**
 * The English side of a Chinese catalogue: every key, plus English plural forms where a count changes the words
 * (i18next's `_one` suffix, chosen by `count`; the key itself holds the other form). Chinese has one form for all.
 */
export type EnglishOf<Zh> = Record<keyof Zh, string> & Partial<Record<`${keyof Zh & string}_one`, string>>
