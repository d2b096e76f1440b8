export * from './normalize.ts';
export * from './aho-corasick.ts';
export * from './lexicon-entry.ts';
export * from './terminology.ts';
