/** Words staff add to a ledger kind (table kind_words): header aliases and option words. */
export { forgetFieldWords, listKindWords, setKindWords } from './set';
export { rememberValueChoices, rememberedChoices } from './remember';
export { mergeWords, readWordRows, groupWords, type WordRow } from './merge';
