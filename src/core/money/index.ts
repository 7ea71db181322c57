export * from './currency';
export * from './amount';
