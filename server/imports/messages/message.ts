/**
 * One message of the import engine in both languages the product speaks, in i18next's syntax: `{{name}}` takes a
 * value; a text with plural forms (`one`, `other`) is picked by the value `count`, as i18next picks them per language.
 */
export type Text = string | { readonly one: string; readonly other: string }

export interface Message {
  readonly en: Text
  readonly zh: Text
}

type NamesIn<S> = S extends `${string}{{${infer Name}}}${infer Rest}` ? Name | NamesIn<Rest> : never
type Strings<T> = T extends string ? T : T extends { one: infer One; other: infer Other } ? One | Other : never

/** The values a message names in either language, read from its text (so a call cannot miss or misspell one). */
export type ValueNames<M extends Message> = NamesIn<Strings<M['en']> | Strings<M['zh']>>
