import type zhCN from './zh-CN.json';

// Typed translation keys: a misspelt key is a compile error, and zh-CN (the default) is the reference.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
