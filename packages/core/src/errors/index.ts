export * from './yizhu-error.ts';
