export * from './errors/index.ts';
export * from './auth/password-policy.ts';
export * from './audit/hash-chain.ts';
export * from './access/policy.ts';
export * from './types/evidence.ts';
export * from './types/fact.ts';
export * from './followup/index.ts';
export * from './risk/index.ts';
